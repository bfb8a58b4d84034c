/**
 * Owns the image target's run: a custom-container image, built with the user's Dockerfile or one
 * generated from the layer and code pipelines, saved with `docker save`, and verified by
 * running it the way FC runs a custom container.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { copySources, generatedDockerfile, indexHandoff, materialize, parseDockerfile, PIP_CONF_SECRET, type ImageReport } from '../assemble/dockerfile.js';
import { selectFiles } from '../assemble/select.js';
import type { ZipResult } from '../assemble/zip.js';
import type { ImagePlan } from '../plan/plan.js';
import { sizeVerdict } from '../plan/limits.js';
import type { DepsCache } from '../publish/cache.js';
import { formatBytes } from '../shared/bytes.js';
import { docker, ensureDocker, ensureImage } from '../shared/docker.js';
import { UserError } from '../shared/errors.js';
import { hashFile } from '../shared/hashfile.js';
import type { Log } from '../shared/log.js';
import { hasCredentials, redactUrl } from '../shared/redact.js';
import { buildTimeoutMs, shownTimeout, tail } from '../shared/proc.js';
import type { StageTimer } from '../shared/timer.js';
import { checkImports, type VerifyReport } from '../verify/imports.js';
import { checkSavedImage } from '../verify/saved-image.js';
import { smokeTest, type SmokeResult } from '../verify/smoke.js';
import { doctorCheck, enforceBootstrap, type Built } from './common.js';
import { depsEntries } from './deps.js';

export type { ImageReport } from '../assemble/dockerfile.js';

export async function buildImage(plan: ImagePlan, scratch: string, log: Log, timed: StageTimer, cache: DepsCache): Promise<Built & { image: ImageReport }> {
  const wd = plan.workingDirectory;
  await ensureDocker('target: image', 'Start Docker on the runner (ubuntu-latest has it).');
  const context = path.join(scratch, 'context');
  await fs.mkdir(context, { recursive: true });

  const sel = await timed('select', () => selectFiles(wd, plan.select));
  const buildArgs: [string, string][] = [...plan.buildArgs];
  let dockerfileInContext: string;
  let install;
  let fromSource;
  let network: string[] = [];
  let buildkit: string[] = [];
  let secretDir: string | undefined;
  const df = plan.dockerfile;

  if (df.kind === 'given') {
    const text = await fs.readFile(df.path, 'utf8');
    const selected = new Set(sel.entries.map((e) => e.name.replace(/\/$/, '')));
    for (const { line, source } of copySources(parseDockerfile(text))) {
      if (source === '.' || selected.has(source)) continue;
      const excluded = sel.excludedFiles.some((p) => p === source || source.startsWith(`${p}/`));
      const why = excluded ? 'is left out of the build context (the same exclusions as function.zip: defaults, .fcignore, exclude)' : 'does not exist in working-directory';
      log.error(`${df.shown}:${line}: COPY source ${source} ${why}`, { file: df.shown, line, title: 'dockerfile-copy' });
      throw new UserError(`${df.shown}:${line} copies ${source}, which ${why}. Fix the path, or stop excluding it.`, 'dockerfile');
    }
    await materialize(sel, context);
    dockerfileInContext = path.join(context, '.fc-python-pack.Dockerfile');
    await fs.writeFile(dockerfileInContext, text);
    const handoff = indexHandoff(text, plan.index, hasCredentials);
    buildArgs.push(...handoff.buildArgs);
    if (handoff.buildkit) {
      const buildx = await docker(['buildx', 'version'], { timeoutMs: 30_000 });
      if (buildx.code !== 0) {
        throw new UserError(`${df.shown} mounts a build secret (RUN --mount=type=secret), which needs BuildKit, and this docker has no buildx plugin. Install docker's buildx plugin on the runner (ubuntu-latest has it).`, 'dockerfile');
      }
      buildkit = ['--progress', 'plain'];
      if (handoff.secret) {
        // A private folder, only for this build; removed as soon as it ends.
        secretDir = await fs.mkdtemp(path.join(scratch, 'secret-'));
        await fs.chmod(secretDir, 0o700);
        const conf = path.join(secretDir, PIP_CONF_SECRET);
        await fs.writeFile(conf, handoff.secret, { mode: 0o600 });
        buildkit.push('--secret', `id=${PIP_CONF_SECRET},src=${conf}`);
      }
    }
    log.info(`Building with ${df.rel} (context: working-directory without the excluded files)`);
  } else {
    if ('file' in df.start) await enforceBootstrap(plan, df.start, sel, [], log);
    await ensureImage(df.baseImage, 'base-image', 'Set base-image to an image with python3 that is present or can be pulled.');
    if (plan.install) {
      const want = path.join(context, 'python');
      const deps = await depsEntries(plan, scratch, log, timed, cache);
      await timed('install', () => deps.tree(want));
      install = deps.install;
      fromSource = deps.fromSource;
    }
    await materialize(sel, path.join(context, 'code'));
    dockerfileInContext = path.join(context, 'Dockerfile');
    const text = generatedDockerfile({ base: df.baseImage, deps: !!plan.install, port: plan.port, start: 'file' in df.start ? { bootstrap: df.start.file } : { command: df.start.command } });
    await fs.writeFile(dockerfileInContext, text);
    network = ['--network', 'none'];
    log.info(`No ${df.missing}: generated one from ${df.baseImage}:\n${text}`);
  }

  const args = [
    'build',
    // A failed step leaves no stopped container behind (the classic builder keeps it otherwise).
    '--force-rm',
    '--platform',
    'linux/amd64',
    ...network,
    ...buildkit,
    '-t',
    plan.tag,
    '-f',
    dockerfileInContext,
    ...buildArgs.flatMap(([k, v]) => ['--build-arg', `${k}=${v}`]),
    context,
  ];
  const env = { ...process.env, ...(buildkit.length ? { DOCKER_BUILDKIT: '1' } : {}) };
  const built = await log
    .group(`docker build -t ${plan.tag}`, () => timed('build', () => docker(args, { onLine: (l) => log.info(redactUrl(l)), env, timeoutMs: buildTimeoutMs() })))
    .finally(() => (secretDir ? fs.rm(secretDir, { recursive: true, force: true }) : undefined));
  if (built.timedOut) {
    throw new UserError(`docker build did not finish within ${shownTimeout(buildTimeoutMs())} (FC_PYTHON_PACK_BUILD_TIMEOUT); its last output:\n${redactUrl(tail(`${built.stdout}\n${built.stderr}`, 10))}`, 'dockerfile');
  }
  if (built.code !== 0) {
    throw new UserError(`docker build failed (exit ${built.code}); the failing step's output:\n${redactUrl(tail(`${built.stdout}\n${built.stderr}`, 25))}`, 'dockerfile');
  }

  const inspect = await docker(['image', 'inspect', '--format', '{{json .}}', plan.tag]);
  const info = JSON.parse(inspect.stdout) as { Id: string; Os: string; Architecture: string; Size: number; RootFS: { Layers?: string[] } };
  const platform = `${info.Os}/${info.Architecture}`;
  if (platform !== 'linux/amd64') {
    throw new UserError(`The image was built for ${platform}, but FC runs linux/amd64 only. Use a linux/amd64 base image (FROM --platform=linux/amd64 ...).`, 'dockerfile');
  }
  if (sizeVerdict('image', undefined, info.Size).level !== 'ok') {
    log.warning(`The image is ${formatBytes(info.Size)} uncompressed, past FC's 10 GB limit for custom-container images.`);
  }

  const file = path.join(scratch, 'out', plan.artifactName);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const saved = await timed('save', async () => {
    const tarPath = plan.compression === 'gzip' ? path.join(scratch, 'image.tar') : file;
    const res = await docker(['save', '-o', tarPath, plan.tag]);
    if (res.code !== 0) throw new UserError(`docker save failed: ${tail(res.stderr, 3)}`);
    if (plan.compression === 'gzip') await pipeline(createReadStream(tarPath), createGzip({ level: 6 }), createWriteStream(file));
    return hashFile(file);
  });
  const image: ImageReport = {
    tag: plan.tag,
    id: info.Id,
    size: info.Size,
    layers: info.RootFS.Layers?.length ?? 0,
    platform,
    generatedDockerfile: df.kind === 'generated',
  };
  log.info(`${plan.tag} (${info.Id.slice(7, 19)}): ${formatBytes(info.Size)} uncompressed, ${image.layers} layers; saved to ${plan.artifactName}, ${formatBytes(saved.size)}`);

  await timed('doctor', () => doctorCheck(file, plan, log));

  let verify: VerifyReport | undefined;
  let smoke: SmokeResult | undefined;
  const v = plan.verify;
  if (v) {
    await log.group('Verifying like FC', async () => {
      const { layers } = await timed('verify', () => checkSavedImage(file, plan.tag));
      log.info(`  the saved tar is complete: manifest tagged ${plan.tag}, config and ${layers} layers match their digests`);
      verify = await timed('verify', () =>
        checkImports(v, { mountArgs: [], where: `the image ${plan.tag}`, requireVersion: false }, log),
      );
      const sp = plan.smoke;
      if (sp) {
        smoke = await timed('smoke', () => smokeTest({ image: plan.tag, port: sp.port, path: sp.path, timeoutSec: sp.timeoutSec, mountArgs: [], readOnly: false }, log));
      }
    });
  }
  const artifact: ZipResult = { path: file, size: saved.size, sha256: saved.sha256, entries: image.layers, unpackedSize: info.Size };
  return { artifact, install, fromSource, verify, smoke, image };
}
