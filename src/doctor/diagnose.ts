/**
 * Owns one diagnosis: opens what the doctor was given (zip, image tar, folder), lays it out where
 * FC puts it, reads the files the checks need in one pass, runs every family of checks, and
 * returns the report.
 *
 * Everything is looked at where FC puts it: a code package at /code, a layer at /opt, an image
 * at its own paths. Imports are resolved the way Python would on FC: the start folder, the
 * PYTHONPATH the bootstrap (or the image's ENV) sets, and an image's own site-packages.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { RUNTIMES, type RuntimeName } from '../plan/runtimes.js';
import { UserError } from '../shared/errors.js';
import { openFolderArtifact, openZipArtifact, sniffFormat, type Artifact, type ArtifactFile } from './artifact.js';
import { classifyBinary, elfRanges, type ElfDynamic } from '../formats/native.js';
import { checkNativeFile, checkWheelTags, parseWheelTags } from './checks/binary.js';
import { closureFindings } from './checks/closure.js';
import { checkCommands } from './checks/commands.js';
import { checkCodeImports, isCodeSource } from './checks/code-imports.js';
import { checkLayerLayout, checkLayerPythonPath, checkSize } from './checks/layout.js';
import { checkNativeLibs, ldLibraryPathOf } from './checks/native-libs.js';
import { checkRequirements } from './checks/requirements.js';
import { checkSecrets, isSecretCandidate } from './checks/secrets.js';
import { checkStart, planImageStart } from './checks/start.js';
import { checkScriptServers, startedScripts } from './checks/pyserver.js';
import { RecordCheck } from './checks/record.js';
import { DEFAULT_IMAGE_PATH, NATIVE, SECRET_SCAN_MAX, type Ctx, type DoctorKind, type DoctorOptions, type DoctorReport, type LayerSource } from './context.js';
import { dedupe, finding, sortFindings, type Finding } from './findings.js';
import { openImageArtifact } from './image.js';
import { View, collectDists, depsRootsOf, detectKind, imagePython, isUnder, largest, layerView, siteRoots } from './view.js';
import { CODE_DIR } from '../plan/plan.js';

function bootstrapName(b: string | null | undefined): string | null {
  if (b === null || b === 'none' || b === '') return null;
  return (b ?? 'bootstrap').replace(/^\.\//, '');
}


export async function diagnose(artifact: Artifact, subject: string, opts: DoctorOptions): Promise<DoctorReport> {
  const findings: Finding[] = [];
  const add = (f: Finding) => findings.push(f);
  const bootstrap = bootstrapName(opts.bootstrap);

  for (const u of artifact.unsafe) {
    add(finding({ severity: 'error', code: artifact.format === 'image' ? 'image-unsafe-entry' : 'zip-unsafe-entry', file: u.name, message: `entry "${u.name}" ${u.reason}: it would land outside ${artifact.format === 'image' ? 'the image\'s root' : 'the function\'s folder'}, so the doctor refuses to read it`, fcSymptom: 'FC refuses or mis-unpacks the package (InvalidArgument, or files where the code does not expect them)', fix: 'Rebuild the archive from the folder with relative paths only (fc-python-pack build does).' }));
  }
  for (const d of [...new Set(artifact.duplicates)]) {
    add(finding({ severity: 'warning', code: 'zip-duplicate-entry', file: d, message: `"${d}" is stored more than once; which copy FC unpacks is up to its unzip`, fcSymptom: 'the function may run a different file than the one you tested', fix: 'Rebuild the zip from a clean folder (fc-python-pack build).' }));
  }
  for (const n of artifact.notes) add(n);

  // Kind.
  let kind: DoctorKind;
  let kindReason: string;
  if (artifact.format === 'image') {
    kind = 'image';
    kindReason = 'a docker save archive';
  } else {
    const detected = detectKind(artifact.entries.map((e) => e.name), bootstrap);
    kind = opts.kind && opts.kind !== 'auto' ? opts.kind : detected.kind;
    kindReason = opts.kind && opts.kind !== 'auto' ? `as asked (--kind ${opts.kind})` : detected.reason;
    if (kind === 'image') throw new UserError(`${subject} is not an image archive (docker save tar); it is a ${artifact.format}.`);
  }
  const view = new View(artifact.entries, kind === 'code' ? '/code/' : kind === 'layer' ? '/opt/' : '');
  const image = artifact.image;

  // The target: the runtime's Python and glibc, or an image's own.
  let pythonVersion = opts.pythonVersion;
  let glibc: string = RUNTIMES[opts.runtime].glibc;
  let musl: boolean | undefined;
  if (image) {
    const py = imagePython(view, image.env);
    if (py && py !== opts.pythonVersion) {
      add(finding({ severity: 'info', code: 'image-python', file: 'image', message: `the image runs Python ${py}; extensions are checked against it (not --python-version ${opts.pythonVersion})`, fcSymptom: '-', fix: '-' }));
    }
    pythonVersion = py ?? pythonVersion;
    if (image.glibc) glibc = image.glibc;
    else if (!image.musl) {
      add(finding({ severity: 'info', code: 'image-glibc', file: 'image', message: `could not tell the image's glibc (no dpkg record of libc6); native code is checked against ${glibc} (${opts.runtime})`, fcSymptom: '-', fix: '-' }));
    }
    musl = image.musl;
    if (image.architecture && image.architecture !== 'amd64') {
      add(finding({ severity: 'error', code: 'elf-machine', file: 'image config', message: `the image is built for ${image.architecture}; FC runs x86-64 (amd64)`, fcSymptom: 'Function instance exited unexpectedly(code 8, message:exec format error)', fix: 'Build for amd64: docker build --platform linux/amd64 (or docker buildx build --platform linux/amd64).' }));
    }
    if (image.os && image.os !== 'linux') {
      add(finding({ severity: 'error', code: 'image-os', file: 'image config', message: `the image is for ${image.os}; FC runs Linux containers`, fcSymptom: 'the container cannot start', fix: 'Build a Linux image (--platform linux/amd64).' }));
    }
  }
  const target = { pythonVersion, glibc, musl };

  const codeDir = kind === 'code' ? CODE_DIR : kind === 'layer' ? '/opt' : (image?.workingDir ?? '/').replace(/(.)\/+$/, '$1');
  const envPath = image ? (image.env.PATH ? image.env.PATH.split(':') : DEFAULT_IMAGE_PATH) : [];
  const depsRoots = depsRootsOf(view);
  if (kind === 'code' && view.dirs.has('/code/python') && !depsRoots.includes('/code/python')) depsRoots.push('/code/python');
  const defaultRoots = image ? siteRoots(view, pythonVersion, envPath) : [];
  const ctx: Ctx = { view, format: artifact.format, kind, opts, target, findings, add, codeDir, depsRoots, defaultRoots, dists: new Map(), layerView: await layerView(opts.layers), subject };

  // Which files to read: the start script, requirements, .dist-info records, secrets, console scripts, native code.
  let startAbs: string | undefined;
  if (kind === 'code' && bootstrap) startAbs = `/code/${bootstrap}`;
  const imageStart = image ? planImageStart(view, image, codeDir, envPath) : undefined;
  const scriptAbs = startAbs ?? imageStart?.scriptAbs;
  const binDirs = [...depsRoots.map((r) => `${r}/bin`), `${codeDir}/bin`, ...(image ? envPath : [])];
  const nativeScope = (abs: string) => kind !== 'image' || [codeDir === '/' ? CODE_DIR : codeDir, CODE_DIR, '/opt', '/app', ...depsRoots, ...defaultRoots].some((d) => isUnder(abs, d));
  const textWanted = (abs: string, f: ArtifactFile) =>
    abs === scriptAbs ||
    (/(^|\/)(uv\.lock|poetry\.lock|Pipfile\.lock|pyproject\.toml|pylock(\.[^./]+)?\.toml)$/.test(abs) && f.size <= 8 * 1024 * 1024 && [codeDir, CODE_DIR, '/app'].includes(path.posix.dirname(abs))) ||
    (/\.(txt|in)$/.test(abs) && f.size <= 1024 * 1024 && [codeDir, CODE_DIR, '/app'].some((d) => path.posix.dirname(abs) === d || (path.posix.basename(path.posix.dirname(abs)) === 'requirements' && path.posix.dirname(path.posix.dirname(abs)) === d))) ||
    (/\.(dist-info|egg-info)\/(WHEEL|METADATA|PKG-INFO)$/.test(abs) && f.size <= 4 * 1024 * 1024 && (kind !== 'image' || nativeScope(abs))) ||
    // Packages installed into the code folder itself (pip install -t .): their files are theirs, not the user's secrets.
    (/\.dist-info\/RECORD$/.test(abs) && path.posix.dirname(path.posix.dirname(abs)) === codeDir && f.size <= 4 * 1024 * 1024) ||
    (binDirs.includes(path.posix.dirname(abs)) && f.size <= SECRET_SCAN_MAX && !NATIVE.test(abs)) ||
    isSecretCandidate(ctx, abs, f.size) ||
    isCodeSource(ctx, abs, f.size);
  const texts = new Map<string, Buffer>();
  const elfs = new Map<string, ElfDynamic>();
  const byName = new Map<string, string>();
  for (const e of artifact.entries) if (!e.isDir) byName.set(e.name, view.abs(e.name));
  // The installed distributions' RECORDs first (code and layers: what they list is what the main read hashes).
  const records = new Map<string, Buffer>();
  if (kind !== 'image') {
    const isRecord = (abs: string) => /\.dist-info\/RECORD$/.test(abs) && (view.files.get(abs)?.size ?? 0) <= 8 * 1024 * 1024;
    await artifact.read((name) => isRecord(byName.get(name) ?? ''), (name, data) => void records.set(byName.get(name)!, data));
  }
  const recordCheck = new RecordCheck(records, opts.recordHashes !== false);
  await artifact.read(
    (name) => {
      const abs = byName.get(name);
      if (!abs) return false;
      const f = view.files.get(abs)!;
      if (f.isSymlink) return false;
      return textWanted(abs, f) || (NATIVE.test(abs) && nativeScope(abs)) || recordCheck.wantsBytes(abs);
    },
    (name, data) => {
      const abs = byName.get(name)!;
      const f = view.files.get(abs)!;
      if (recordCheck.wantsBytes(abs)) recordCheck.feed(abs, data);
      if (textWanted(abs, f)) texts.set(abs, data);
      if (NATIVE.test(abs)) {
        const bin = classifyBinary(data);
        if (bin.kind === 'elf') elfs.set(abs, bin.dynamic);
        for (const nf of checkNativeFile(view.show(abs), data, target)) {
          if (musl && (nf.code === 'glibc-too-new' || nf.code === 'musllinux' || (nf.code === 'ext-platform' && /musl/.test(nf.message)))) continue;
          add(nf);
        }
      }
    },
    // Native files are read only where their ELF headers and dynamic sections lie, not inflated whole
    // (unless RECORD's hash of the file is checked: the build's own doctor checks sizes only).
    (name) => {
      const abs = byName.get(name);
      return abs && NATIVE.test(abs) && !textWanted(abs, view.files.get(abs)!) && !recordCheck.wantsBytes(abs) ? elfRanges : undefined;
    },
  );

  // Installed distributions, and their wheel tags.
  ctx.dists = collectDists(view, texts);
  for (const [abs, data] of texts) {
    if (!abs.endsWith('.dist-info/WHEEL')) continue;
    const text = data.toString('utf8');
    if (musl) {
      const tags = parseWheelTags(text);
      if (tags.length && tags.every((t) => /^manylinux/.test(t.platform))) {
        add(finding({ severity: 'error', code: 'wheel-platform', file: view.show(abs), message: `a manylinux (glibc) wheel in a musl image: ${tags.map((t) => t.platform).join(', ')}`, fcSymptom: 'ImportError: Error loading shared library ... (the loader looks for glibc)', fix: 'Install musllinux wheels (pip on the image itself picks them), or use a Debian-based image.' }));
      }
      continue;
    }
    for (const f of checkWheelTags(text, target, view.show(abs))) add(f);
  }

  if (kind === 'layer') {
    checkLayerLayout(ctx);
    checkLayerPythonPath(ctx);
  }
  const start = kind === 'layer' ? undefined : checkStart(ctx, texts, startAbs, imageStart, image, artifact.format);
  checkRequirements(ctx, texts, start);
  if (start) checkCommands(ctx, start, texts);
  checkCodeImports(ctx, texts, start);
  // A script the start command runs (python3 app.py) starts its own server: read it, and check where it listens.
  const scripts = start?.script ? startedScripts(ctx, start.script.commands) : new Map();
  if (scripts.size) {
    const wanted = new Set([...scripts.keys()].filter((a) => !texts.has(a)));
    if (wanted.size) await artifact.read((name) => wanted.has(byName.get(name) ?? ''), (name, data) => void texts.set(byName.get(name)!, data));
    checkScriptServers(ctx, scripts, texts, start!.file);
  }
  // The dependency closure (what pip check would say on FC) and the native libraries FC lacks.
  const where = kind === 'layer' ? 'the layer' : kind === 'image' ? 'the image' : 'function.zip';
  const requirementsFiles = [codeDir, CODE_DIR, '/app'].map((d) => `${d === '/' ? '' : d}/requirements.txt`);
  for (const f of await closureFindings(texts, { pythonVersion, where, show: (a) => view.show(a), layers: opts.layers, requirementsFiles })) add(f);
  const startText = scriptAbs ? texts.get(scriptAbs)?.toString('utf8') : undefined;
  const ldLibraryPath = kind === 'image' ? (ldLibraryPathOf(startText, image?.env.LD_LIBRARY_PATH) ?? []) : startText !== undefined ? (ldLibraryPathOf(startText) ?? []) : undefined;
  const optLibFiles = [...view.files.keys(), ...(ctx.layerView?.files.keys() ?? [])].filter((f) => f.startsWith('/opt/lib/')).length;
  const exists = (abs: string) => (kind === 'image' ? !!view.fileAt(abs) : view.files.has(abs) || !!ctx.layerView?.files.has(abs));
  for (const f of checkNativeLibs({ kind, runtime: opts.runtime, elfs, exists, show: (a) => view.show(a), depsRoots, ldLibraryPath, startFile: start?.file, optLibFiles })) add(f);
  for (const f of recordCheck.findings(view, where)) add(f);
  checkSecrets(ctx, texts);

  const unpackedSize = artifact.unpackedSize ?? [...view.files.values()].reduce((n, f) => n + f.size, 0);
  checkSize(ctx, subject, artifact.zippedSize, unpackedSize);

  return {
    subject,
    kind,
    kindReason,
    target: { pythonVersion, glibc, runtime: opts.runtime, port: opts.port, ...(musl ? { musl } : {}) },
    findings: sortFindings(dedupe(findings)),
    stats: { files: view.files.size, zippedSize: artifact.zippedSize, unpackedSize, largest: largest(view, [...depsRoots, ...defaultRoots], kind) },
  };
}


/** Opens what the doctor was given: a zip, an image tar (plain or gzipped), or a folder. */
export async function openArtifact(subject: string, kind: DoctorOptions['kind'] = 'auto'): Promise<Artifact> {
  const st = await stat(subject).catch(() => undefined);
  if (!st) throw new UserError(`${subject} does not exist. Give the doctor a function.zip, a layer.zip, an image tar (docker save) or a folder.`);
  if (st.isDirectory()) {
    if (kind === 'image') throw new UserError(`${subject} is a folder; --kind image needs a docker save archive.`);
    return openFolderArtifact(subject);
  }
  const format = await sniffFormat(subject);
  if (format === 'zip') return openZipArtifact(subject);
  if (format === 'tar' || format === 'gzip') return openImageArtifact(subject);
  if (/\.zip$/i.test(subject)) return openZipArtifact(subject); // let the zip reader say what is wrong
  throw new UserError(`${subject} is neither a zip nor a tar: give the doctor a function.zip, a layer.zip, an image tar (docker save) or a folder.`);
}

/** Diagnoses a function.zip, a layer.zip, an image tar (docker save) or a folder. */
export async function runDoctor(subject: string, opts: DoctorOptions): Promise<DoctorReport> {
  let artifact: Artifact;
  try {
    artifact = await openArtifact(subject, opts.kind);
  } catch (e) {
    // A file that exists but cannot be read as an archive is a finding (FC would refuse it too), not bad usage.
    const exists = await stat(subject).then(() => true, () => false);
    if (!exists || !(e instanceof UserError) || !/not a readable (zip|image archive)|not valid JSON|no Config|leads to no image/.test(e.message)) throw e;
    return {
      subject,
      kind: opts.kind && opts.kind !== 'auto' ? opts.kind : /\.tar(\.gz)?$|\.tgz$/.test(subject) ? 'image' : 'code',
      kindReason: 'unreadable',
      target: { pythonVersion: opts.pythonVersion, glibc: RUNTIMES[opts.runtime].glibc, runtime: opts.runtime, port: opts.port },
      findings: [finding({ severity: 'error', code: 'artifact-unreadable', file: path.basename(subject), message: e.message, fcSymptom: 'InvalidArgument / the code package cannot be unpacked', fix: 'Rebuild the artifact; check that the upload or download did not cut it short.' })],
      stats: { files: 0, zippedSize: (await stat(subject)).size, unpackedSize: 0, largest: [] },
    };
  }
  return diagnose(artifact, subject, opts);
}

export interface CheckArtifactOptions {
  /** The build's target: what the artifact is. */
  target: DoctorKind;
  pythonVersion: string;
  runtime: RuntimeName;
  port: number;
  /** The bootstrap input: a path, or undefined when it is "none". */
  bootstrap?: string;
  /** Layers the function will have (e.g. the installed deps folder when include-deps is false). */
  layers?: LayerSource[];
  startCommand?: string[];
  environment?: Record<string, string>;
  functionFrom?: string;
  layerArns?: string[];
}

/** The doctor's checks on an artifact the build just made: its findings, most severe first. */
export async function checkArtifact(file: string, opts: CheckArtifactOptions): Promise<Finding[]> {
  const report = await runDoctor(file, {
    pythonVersion: opts.pythonVersion,
    runtime: opts.runtime,
    port: opts.port,
    bootstrap: opts.bootstrap ?? null,
    kind: opts.target,
    layers: opts.layers,
    startCommand: opts.startCommand,
    environment: opts.environment,
    functionFrom: opts.functionFrom,
    layerArns: opts.layerArns,
    // The build wrote every deps entry from the wheels' own bytes: RECORD's files are checked by presence and size.
    recordHashes: false,
  });
  return report.findings;
}

