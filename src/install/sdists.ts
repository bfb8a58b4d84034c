/**
 * Owns turning the sdists a resolution picked into wheels right for FC, once: where each builds
 * (the runner only when the result cannot differ from a build under FC's Python and comes out
 * pure; else the plan's build image, checked for the target Python and a compiler, or the
 * runtime's Debian Python image instead, said why), the built wheels kept in the wheelhouse under
 * the sdist's sha256, the target Python, the runtime and the build image (a rebuild finds them and
 * runs nothing), and what was built, where, in how long.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { readSdist, type SdistFacts } from '../formats/sdist.js';
import type { SdistBuildPlan } from '../plan/deps.js';
import { docker, ensureDocker } from '../shared/docker.js';
import { UserError } from '../shared/errors.js';
import type { Log } from '../shared/log.js';
import { run, tail } from '../shared/proc.js';
import { buildInImage, buildOnRunner, builtWheel, haveImage, imageLacks, provisionBackend, sourceOptions } from './sdist-build.js';

export interface SdistInput {
  file: string;
  name: string;
  version: string;
  sha256: string;
}

export interface BuiltFromSource {
  name: string;
  version: string;
  /** `runner (Python 3.11)` or `image <ref>`. */
  where: string;
  durationMs: number;
  /** Found in the wheelhouse: nothing ran. */
  cached: boolean;
  wheel: string;
}

export interface BuiltWheel {
  /** Absolute path, under the wheelhouse's .fcpp/built/<key>/. */
  file: string;
  sha256: string;
  requiresDist: string[];
  info: BuiltFromSource;
}

export interface BuilderOptions {
  python: string;
  env: NodeJS.ProcessEnv;
  house: string;
  scratch: string;
  log?: Log;
  /** The plan's pip arguments (where the build backend comes from). */
  pipArgs: readonly string[];
}

/** What the runner's Python says about a wheel: its Requires-Dist, its tags, whether it holds compiled modules. */
const WHEEL_FACTS = [
  'import json, sys, zipfile',
  'z = zipfile.ZipFile(sys.argv[1])',
  'names = z.namelist()',
  'di = [n for n in names if n.count("/") == 1 and n.split("/")[0].endswith(".dist-info")]',
  'top = di[0].split("/")[0]',
  'from email.parser import HeaderParser',
  'm = HeaderParser().parsestr(z.read(top + "/METADATA").decode("utf-8"))',
  'w = HeaderParser().parsestr(z.read(top + "/WHEEL").decode("utf-8"))',
  'so = [n for n in names if n.endswith(".so") or ".so." in n]',
  'print(json.dumps({"requires": m.get_all("Requires-Dist") or [], "tags": w.get_all("Tag") or [], "so": so}))',
].join('\n');

/**
 * A wheel built as `linux_x86_64` (what a build names it) retagged for the runtime's glibc: the file
 * name and WHEEL's Tag lines (and RECORD's line for WHEEL), every other entry copied as it is.
 */
const RETAG = [
  'import base64, hashlib, os, sys, zipfile',
  'src, plat = sys.argv[1], sys.argv[2]',
  'dst = src[: -len("linux_x86_64.whl")] + plat + ".whl"',
  'with zipfile.ZipFile(src) as zin:',
  '    di = [n.split("/")[0] for n in zin.namelist() if n.count("/") == 1 and n.split("/")[0].endswith(".dist-info")][0]',
  '    wheel = "".join(l.replace("-linux_x86_64", "-" + plat) if l.startswith("Tag:") else l for l in zin.read(di + "/WHEEL").decode().splitlines(True)).encode()',
  '    digest = base64.urlsafe_b64encode(hashlib.sha256(wheel).digest()).rstrip(b"=").decode()',
  '    record = "".join("%s/WHEEL,sha256=%s,%d\\n" % (di, digest, len(wheel)) if l.startswith(di + "/WHEEL,") else l for l in zin.read(di + "/RECORD").decode().splitlines(True)).encode()',
  '    with zipfile.ZipFile(dst + ".tmp", "w") as zout:',
  '        for info in zin.infolist():',
  '            data = wheel if info.filename == di + "/WHEEL" else record if info.filename == di + "/RECORD" else zin.read(info.filename)',
  '            zout.writestr(info, data)',
  'os.replace(dst + ".tmp", dst)',
  'os.remove(src)',
  'print(dst)',
].join('\n');

interface WheelFacts {
  requires: string[];
  tags: string[];
  so: string[];
}

const sha256 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');
const isPure = (f: WheelFacts) => f.so.length === 0 && f.tags.every((t) => t.endsWith('-none-any'));

export class SdistBuilder {
  readonly built: BuiltFromSource[] = [];
  private image?: Promise<string>;
  private backends = new Map<string, Promise<string>>();
  private readonly xy: string;

  constructor(
    private readonly plan: SdistBuildPlan,
    private readonly opts: BuilderOptions,
  ) {
    this.xy = plan.pythonVersion;
  }

  private keyDir(s: SdistInput): string {
    const key = sha256(JSON.stringify({ sdist: s.sha256, python: this.plan.pythonFullVersion, runtime: this.plan.runtime, image: this.plan.image }));
    return path.join(this.opts.house, '.fcpp', 'built', key.slice(0, 24));
  }

  /** The wheel for `s`: from the wheelhouse when built before under the same key, else built now. */
  async build(s: SdistInput): Promise<BuiltWheel> {
    const dir = this.keyDir(s);
    const cached = await this.cached(dir);
    if (cached) {
      const info = { ...cached.info, cached: true, durationMs: 0 };
      this.built.push(info);
      this.opts.log?.info(`sdist: ${s.name} ${s.version}: the wheel built before ${cached.info.where} (${path.basename(cached.file)})`);
      return { ...cached, info };
    }
    const started = Date.now();
    let facts: SdistFacts | undefined;
    try {
      facts = await readSdist(s.file);
    } catch {
      facts = undefined; // not a tar.gz this reader knows: the image builds it
    }
    const runnerXY = await this.runnerXY();
    const onRunner = facts !== undefined && !facts.extensionSources.length && (facts.staticDeps || runnerXY === this.xy);
    const work = await fs.mkdtemp(path.join(this.opts.scratch, 'sdist-'));
    try {
      let out = path.join(work, 'out');
      let where = `runner (Python ${runnerXY})`;
      let wheel: string | undefined;
      let wf: WheelFacts | undefined;
      if (onRunner) {
        const backend = await this.backend(facts!.buildRequires, false);
        await fs.mkdir(out);
        const res = await buildOnRunner(this.opts.python, this.opts.env, s.file, backend, out);
        if (res.code !== 0) throw this.failed(s, where, res.stderr || res.stdout);
        wheel = await builtWheel(out, `${s.name} ${s.version}`);
        wf = await this.wheelFacts(wheel);
        if (!isPure(wf)) {
          this.opts.log?.info(`sdist: ${s.name} ${s.version} built on the runner is not pure (${wf.tags.join(', ')}): building it in the build image`);
          wheel = undefined;
        }
      }
      if (!wheel) {
        const image = await this.buildImage();
        where = `image ${image}`;
        const backend = await this.backend(facts?.buildRequires ?? ['setuptools>=40.8.0', 'wheel'], true);
        out = path.join(work, 'out-image');
        await fs.mkdir(out);
        const name = `fcpp-sdist-build-${process.pid}-${Date.now().toString(36)}`;
        const res = await buildInImage(image, this.xy, this.home(image), s.file, backend, out, name);
        if (res.timedOut) {
          await docker(['rm', '--force', name]); // the client was killed; the container is not
          throw this.failed(s, where, `${res.stderr || res.stdout}\n(stopped after 30 minutes)`);
        }
        if (res.code !== 0) throw this.failed(s, where, res.stderr || res.stdout);
        wheel = await builtWheel(out, `${s.name} ${s.version}`);
        wf = await this.wheelFacts(wheel);
      }
      // No compiled module in it (setuptools still tags such a wheel for the platform): the extension did not build.
      if (facts?.extensionSources.length && wf!.so.length === 0) {
        this.opts.log?.warning(
          `${s.name} ${s.version} has extension sources (${facts.extensionSources.slice(0, 3).join(', ')}) but its wheel built ${where} is pure Python: ` +
            `its C extension did not compile, and the slower pure-Python fallback ships. Check the build's compiler and headers (input build-image).`,
          { title: 'build-sdists' },
        );
      }
      const info: BuiltFromSource = { name: s.name, version: s.version, where, durationMs: Date.now() - started, cached: false, wheel: '' };
      const saved = await this.keep(dir, wheel, wf!, info);
      this.built.push(saved.info);
      this.opts.log?.info(`sdist: built ${s.name} ${s.version} ${where} in ${(info.durationMs / 1000).toFixed(1)} s: ${path.basename(saved.file)}`);
      return saved;
    } finally {
      await fs.rm(work, { recursive: true, force: true });
    }
  }

  /** FC's home of the target Python, for the plan's image (FC's build image); other images have it on PATH. */
  private home(image: string): string | undefined {
    const h = this.plan.pythonHome;
    return image === this.plan.image && h && h !== '/usr' ? h : undefined;
  }

  private failed(s: SdistInput, where: string, output: string): UserError {
    return new UserError(
      `Building ${s.name} ${s.version} from its sdist failed (${where}). The build's last lines:\n${tail(output, 15)}\n` +
        `Fix: pin a version of ${s.name} that builds (or ships a wheel), give a build image with what it needs (input build-image), or set build-sdists: false.`,
      'build-sdists',
    );
  }

  private async runnerXY(): Promise<string> {
    const res = await run(this.opts.python, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { env: this.opts.env });
    return res.code === 0 ? res.stdout.trim() : '?';
  }

  private async wheelFacts(wheel: string): Promise<WheelFacts> {
    const res = await run(this.opts.python, ['-c', WHEEL_FACTS, wheel], { env: this.opts.env });
    if (res.code !== 0) throw new UserError(`The wheel built from source, ${path.basename(wheel)}, cannot be read: ${tail(res.stderr, 2)}`);
    return JSON.parse(res.stdout) as WheelFacts;
  }

  /**
   * The build backend, installed once per set of requires and Python (the runner's, or the target's
   * for the image) and kept in the wheelhouse's .fcpp/backends (left out of the Actions cache).
   */
  private backend(requires: readonly string[], forImage: boolean): Promise<string> {
    const target = forImage ? { pythonFullVersion: this.plan.pythonFullVersion, platforms: this.plan.platforms } : undefined;
    const id = sha256(JSON.stringify({ requires: [...requires].sort(), target: target ?? { runner: this.opts.python }, sources: sourceOptions(this.opts.pipArgs) })).slice(0, 24);
    let p = this.backends.get(id);
    if (!p) {
      p = (async () => {
        const kept = path.join(this.opts.house, '.fcpp', 'backends', id);
        if (await fs.stat(path.join(kept, '.fcpp-complete')).then(() => true, () => false)) return kept;
        const dest = `${kept}.${process.pid}.tmp`;
        await fs.rm(dest, { recursive: true, force: true });
        await fs.mkdir(dest, { recursive: true });
        const res = await provisionBackend({
          python: this.opts.python,
          env: this.opts.env,
          pipArgs: this.opts.pipArgs,
          requires,
          dest,
          target,
        });
        if (res.code !== 0) {
          await fs.rm(dest, { recursive: true, force: true });
          throw new UserError(`Could not download the build backend (${requires.join(', ')}) the sdists need from the index:\n${tail(res.stderr || res.stdout, 8)}`, 'index-url');
        }
        await fs.writeFile(path.join(dest, '.fcpp-complete'), '');
        await fs.rm(kept, { recursive: true, force: true });
        await fs.rename(dest, kept);
        return kept;
      })();
      this.backends.set(id, p);
    }
    return p;
  }

  /** The plan's build image when present and able to build for the target; else the runtime's Debian Python image, said why. */
  private buildImage(): Promise<string> {
    this.image ??= (async () => {
      const { image, imageGiven, fallbackImage } = this.plan;
      await ensureDocker(
        `Building an sdist for FC's Python ${this.xy} (it compiles, or its dependencies depend on the Python that builds it)`,
        'Start Docker on the runner, pin versions that ship wheels, or set build-sdists: false.',
      );
      let why: string;
      if (!(await haveImage(image))) {
        why = `is not present${process.env.FC_PYTHON_PACK_PULL === 'never' ? ' and pulling is off (FC_PYTHON_PACK_PULL=never)' : ' and could not be pulled'}`;
      } else {
        const lacks = await imageLacks(image, this.xy, this.home(image));
        if (!lacks) return image;
        why = `cannot build for Python ${this.xy}: ${lacks}`;
      }
      if (imageGiven || !(await haveImage(fallbackImage)) || (await imageLacks(fallbackImage, this.xy))) {
        throw new UserError(
          `Input build-image: ${image} ${why}${imageGiven ? '' : `, nor is ${fallbackImage} usable`}. Compiled sdists (and those whose dependencies depend on the Python) are built in it. ` +
            `Give an image of ${this.plan.runtime}'s Debian with python${this.xy}, its headers and gcc (input build-image), or set build-sdists: false.`,
          'build-image',
        );
      }
      this.opts.log?.warning(`Build image ${image} ${why}: building sdists in ${fallbackImage} (${this.plan.runtime}'s Debian, Python ${this.xy}) instead.`, { title: 'build-image' });
      return fallbackImage;
    })();
    return this.image;
  }

  private async cached(dir: string): Promise<BuiltWheel | undefined> {
    try {
      const rec = JSON.parse(await fs.readFile(path.join(dir, 'built.json'), 'utf8')) as { wheel: string; sha256: string; requiresDist: string[]; info: BuiltFromSource };
      const file = path.join(dir, rec.wheel);
      const bytes = await fs.readFile(file);
      if (sha256(bytes) !== rec.sha256) return undefined;
      return { file, sha256: rec.sha256, requiresDist: rec.requiresDist, info: rec.info };
    } catch {
      return undefined;
    }
  }

  /**
   * Into the wheelhouse under the key. A compiled wheel (`linux_x86_64`, what a build names it) is
   * named for the runtime's glibc (the plan's first platform tag): it was built on that Debian,
   * and pip takes only those tags for FC.
   */
  private async keep(dir: string, wheel: string, wf: WheelFacts, info: BuiltFromSource): Promise<BuiltWheel> {
    // Written in a folder of its own, then renamed into place: a build beside this one never sees half of it.
    const final = dir;
    dir = `${final}.${process.pid}.tmp`;
    await fs.rm(dir, { recursive: true, force: true });
    await fs.mkdir(dir, { recursive: true });
    if (wheel.endsWith('-linux_x86_64.whl')) {
      const res = await run(this.opts.python, ['-c', RETAG, wheel, this.plan.platforms[0]!], { env: this.opts.env });
      if (res.code !== 0) throw new UserError(`Could not tag ${path.basename(wheel)} for ${this.plan.runtime}: ${tail(res.stderr, 3)}`);
      wheel = res.stdout.trim();
    }
    const name = path.basename(wheel);
    const file = path.join(dir, name);
    await fs.copyFile(wheel, file);
    const digest = sha256(await fs.readFile(file));
    const kept = { ...info, wheel: name };
    await fs.writeFile(path.join(dir, 'built.json'), `${JSON.stringify({ wheel: name, sha256: digest, requiresDist: wf.requires, info: kept })}\n`);
    await fs.rm(final, { recursive: true, force: true });
    await fs.rename(dir, final);
    return { file: path.join(final, name), sha256: digest, requiresDist: wf.requires, info: kept };
  }
}
