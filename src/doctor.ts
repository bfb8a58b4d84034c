/**
 * The doctor: every FC start failure that can be seen in an artifact before it is deployed.
 * Reads a zip through its central directory (nothing is unpacked to disk) or a folder as
 * function.zip would take it, and reports findings with severity, file, what FC would print
 * and the fix. The build runs the same checks on its own artifact.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { analyzeBootstrap } from './bootstrap.js';
import { checkNativeFile, checkWheelTags } from './doctor/binary.js';
import { hasErrors, sortFindings, type Finding } from './doctor/findings.js';
import { UserError } from './errors.js';
import { FC_LIMITS, RUNTIMES, type RuntimeName } from './runtimes.js';
import { formatBytes } from './publish.js';
import { selectFiles } from './select.js';
import { forEachZipEntry, listZip, unsafeEntryReason } from './unzip.js';

export interface DoctorOptions {
  pythonVersion: string;
  runtime: RuntimeName;
  port: number;
  /** The start script; undefined = the function has another start command. */
  bootstrap?: string;
}

export interface DoctorFinding extends Finding {
  line?: number;
}

export interface DoctorReport {
  subject: string;
  kind: 'layer' | 'code';
  findings: DoctorFinding[];
  stats: { files: number; zippedSize?: number; unpackedSize: number; largest: { name: string; bytes: number }[] };
}

interface ArtifactEntry {
  name: string;
  mode: number;
  size: number;
  isDir: boolean;
}

/** What the checks need of an artifact: its listing and a way to read some of its files. */
interface Artifact {
  entries: ArtifactEntry[];
  zippedSize?: number;
  read(want: (name: string) => boolean, fn: (name: string, data: Buffer) => void | Promise<void>): Promise<void>;
}

async function openZip(file: string): Promise<Artifact> {
  const listing = await listZip(file);
  return {
    entries: listing.map((e) => ({ name: e.name, mode: e.mode, size: e.size, isDir: e.isDir })),
    zippedSize: (await fs.stat(file)).size,
    read: (want, fn) => forEachZipEntry(file, want, fn),
  };
}

async function openFolder(dir: string): Promise<Artifact> {
  const sel = await selectFiles(dir, { exclude: [] });
  const byName = new Map(sel.entries.map((e) => [e.name, e]));
  const entries: ArtifactEntry[] = [];
  for (const e of sel.entries) {
    const isDir = e.name.endsWith('/');
    const mode = isDir ? 0o40755 : (await fs.stat(e.source!)).mode;
    entries.push({ name: e.name, mode, size: e.size ?? 0, isDir });
  }
  return {
    entries,
    read: async (want, fn) => {
      for (const [name, e] of byName) if (!name.endsWith('/') && want(name)) await fn(name, e.data ?? (await fs.readFile(e.source!)));
    },
  };
}

/** PEP 503 name normalisation, as pip compares distribution names. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** Distribution names a requirements file asks for (options, URLs and paths skipped). */
export function requirementNames(text: string): string[] {
  const names: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line || line.startsWith('-') || /^[a-z]+:\/\//i.test(line) || line.startsWith('.') || line.startsWith('/')) continue;
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line);
    if (m) names.push(normalizeName(m[1]!));
  }
  return names;
}

const NATIVE = /\.(so(\.\d+)*|pyd|dylib)$/;

export async function diagnose(artifact: Artifact, subject: string, opts: DoctorOptions): Promise<DoctorReport> {
  const findings: DoctorFinding[] = [];
  const add = (f: DoctorFinding) => findings.push(f);
  const glibc = RUNTIMES[opts.runtime].glibc;
  const target = { pythonVersion: opts.pythonVersion, glibc };
  const names = new Set(artifact.entries.map((e) => e.name));
  const files = artifact.entries.filter((e) => !e.isDir);

  for (const e of artifact.entries) {
    const why = unsafeEntryReason(e.name);
    if (why) {
      add({
        severity: 'error',
        code: 'zip-unsafe-entry',
        file: e.name,
        message: `entry "${e.name}" ${why}: it would land outside the function's folder`,
        fcSymptom: 'FC refuses or mis-unpacks the package',
        fix: 'Rebuild the zip from the folder with relative paths only (fc-python-pack build does).',
      });
    }
  }

  const hasDeps = files.some((e) => e.name.startsWith('python/'));
  const kind: DoctorReport['kind'] = files.length > 0 && files.every((e) => e.name.startsWith('python/')) ? 'layer' : 'code';

  // The files whose contents the checks read, in one pass over the archive.
  const texts = new Map<string, Buffer>();
  const wantText = (n: string) =>
    n === opts.bootstrap || n === 'requirements.txt' || /^python\/[^/]+\.dist-info\/(WHEEL|METADATA)$/.test(n);
  await artifact.read(
    (n) => wantText(n) || NATIVE.test(n),
    (name, data) => {
      if (wantText(name)) texts.set(name, data);
      if (NATIVE.test(name)) for (const f of checkNativeFile(name, data, target)) add(f);
    },
  );
  for (const [name, data] of texts) {
    if (name.endsWith('/WHEEL')) for (const f of checkWheelTags(data.toString('utf8'), target, name)) add(f);
  }

  // Installed distributions and top-level modules.
  const installed = new Set<string>();
  for (const [name, data] of texts) {
    if (!name.endsWith('/METADATA')) continue;
    const m = /^Name:\s*(.+)$/m.exec(data.toString('utf8'));
    installed.add(normalizeName(m ? m[1]!.trim() : name.split('/')[1]!.replace(/-[^-]+\.dist-info$/, '')));
  }
  const moduleExists = (mod: string, root: string) => {
    const p = `${root}${mod.split('.').join('/')}`;
    return names.has(`${p}.py`) || names.has(`${p}/`) || files.some((e) => e.name.startsWith(`${p}/`) || e.name.startsWith(`${p}.`));
  };

  if (kind === 'code' && opts.bootstrap) {
    const bootstrap = artifact.entries.find((e) => e.name === opts.bootstrap);
    if (!bootstrap) {
      add({
        severity: 'error',
        code: 'bootstrap-missing',
        file: opts.bootstrap,
        message: `there is no ${opts.bootstrap} at the top of the package`,
        fcSymptom: 'the file /code/bootstrap is not exist',
        fix: 'Zip the folder\'s contents, not the folder (bootstrap at the top), or set the function\'s start command.',
      });
    } else {
      if ((bootstrap.mode & 0o111) === 0) {
        add({
          severity: 'error',
          code: 'bootstrap-mode',
          file: opts.bootstrap,
          message: `${opts.bootstrap} is stored without its executable bit (mode ${(bootstrap.mode & 0o777).toString(8).padStart(3, '0')})`,
          fcSymptom: 'Function instance exited unexpectedly(code 13, message:permission denied)',
          fix: 'Store it 0755: fc-python-pack build --target code always does; or chmod 755 bootstrap and zip on Linux/macOS.',
        });
      }
      const text = texts.get(opts.bootstrap) ?? Buffer.alloc(0);
      const analysis = analyzeBootstrap(text, { file: opts.bootstrap, depsDirs: hasDeps ? ['/code/python'] : [], port: opts.port });
      for (const f of analysis.findings) add(f);
      // The module the bootstrap starts: `-m uvicorn`, `main:app`.
      const src = text.toString('utf8');
      const roots = hasDeps ? ['python/'] : [];
      for (const m of src.matchAll(/-m\s+([A-Za-z_][\w.]*)/g)) {
        const mod = m[1]!;
        if (!hasDeps || moduleExists(mod, 'python/') || moduleExists(mod, '')) continue;
        add({
          severity: 'error',
          code: 'deps-missing',
          file: opts.bootstrap,
          message: `${opts.bootstrap} starts python -m ${mod}, but ${mod} is not in python/ nor at the top of the package`,
          fcSymptom: `Function instance exited unexpectedly(code 1, message:operation not permitted) ... No module named ${mod}`,
          fix: `Add ${mod} to requirements.txt and rebuild (fc-python-pack build --target code).`,
        });
      }
      for (const m of src.matchAll(/(?:uvicorn|gunicorn|hypercorn)[^\n]*?\s([A-Za-z_][\w.]*):([A-Za-z_]\w*)/g)) {
        const mod = m[1]!;
        if (moduleExists(mod, '') || roots.some((r) => moduleExists(mod, r))) continue;
        add({
          severity: 'error',
          code: 'deps-missing',
          file: opts.bootstrap,
          message: `${opts.bootstrap} serves ${mod}:${m[2]}, but there is no ${mod.replace(/\./g, '/')}.py in the package`,
          fcSymptom: `Function instance exited unexpectedly(code 1, ...) ... Could not import module "${mod}"`,
          fix: 'Zip the app folder itself (main.py at the top), or fix the module path in bootstrap.',
        });
      }
    }
  }

  // Requirements against what is installed.
  const req = texts.get('requirements.txt');
  if (req && (hasDeps || kind === 'layer')) {
    for (const name of requirementNames(req.toString('utf8'))) {
      if (installed.has(name)) continue;
      add({
        severity: 'error',
        code: 'deps-missing',
        file: 'requirements.txt',
        message: `requirements.txt asks for ${name}, which is not installed under python/`,
        fcSymptom: `Function instance exited unexpectedly(code 1, message:operation not permitted) ... No module named ${name.replace(/-/g, '_')}`,
        fix: 'Rebuild the dependencies for FC: fc-python-pack build (target layer, or code with include-deps).',
      });
    }
  }

  // Secrets that should not ship.
  for (const e of files) {
    const base = e.name.split('/').pop()!;
    if (base === '.env' || /\.(pem|key)$/.test(base) || /^id_(rsa|ed25519|ecdsa)$/.test(base)) {
      add({
        severity: 'warning',
        code: 'secret-shipped',
        file: e.name,
        message: `${e.name} looks like a secret and ships with the function`,
        fcSymptom: 'anyone who can read the code package can read it',
        fix: 'Leave it out (.fcignore) and use FC environment variables or KMS instead.',
      });
    }
  }
  if (files.some((e) => e.name.startsWith('.git/'))) {
    add({
      severity: 'warning',
      code: 'secret-git',
      file: '.git/',
      message: 'the package carries the .git folder (history, remotes, maybe credentials)',
      fcSymptom: 'a bigger package, and the history readable from the function',
      fix: 'Leave .git out (fc-python-pack does by default).',
    });
  }

  // Size against FC's limits, and what takes the room.
  const unpackedSize = files.reduce((n, e) => n + e.size, 0);
  if (artifact.zippedSize !== undefined) {
    if (artifact.zippedSize > FC_LIMITS.codeZipConsole) {
      add({
        severity: 'error',
        code: 'size-limit',
        file: path.basename(subject),
        message: `the package is ${formatBytes(artifact.zippedSize)}, over FC's ${formatBytes(FC_LIMITS.codeZipConsole)} limit`,
        fcSymptom: 'CodeSizeExceeded when the function is created or updated',
        fix: 'Move the dependencies into a layer (target layer), or use a container image (target image).',
      });
    } else if (artifact.zippedSize > FC_LIMITS.codeZipApi) {
      add({
        severity: 'warning',
        code: 'size-api-limit',
        file: path.basename(subject),
        message: `the package is ${formatBytes(artifact.zippedSize)}, over the ${formatBytes(FC_LIMITS.codeZipApi)} limit for uploads through the API`,
        fcSymptom: 'CodeSizeExceeded when deployed through the API / s deploy without OSS',
        fix: 'Upload through OSS or the console, or split the deps into a layer.',
      });
    }
  }
  const bySize = new Map<string, number>();
  for (const e of files) {
    const parts = e.name.split('/');
    const key = parts[0] === 'python' && parts.length > 2 ? `python/${parts[1]}` : parts.length > 1 ? parts[0]! : e.name;
    bySize.set(key, (bySize.get(key) ?? 0) + e.size);
  }
  const largest = [...bySize.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([name, bytes]) => ({ name, bytes }));
  return { subject, kind, findings: sortFindings(findings), stats: { files: files.length, zippedSize: artifact.zippedSize, unpackedSize, largest } };
}

/** Diagnoses a function.zip, a layer.zip or a folder. */
export async function runDoctor(subject: string, opts: DoctorOptions): Promise<DoctorReport> {
  const st = await fs.stat(subject).catch(() => undefined);
  if (!st) throw new UserError(`${subject} does not exist. Give the doctor a function.zip, a layer.zip or a folder.`);
  if (st.isDirectory()) return diagnose(await openFolder(subject), subject, opts);
  if (/\.tar(\.gz)?$/.test(subject)) {
    throw new UserError(`${subject}: image tars are checked by the image target's verify (manifest, digests, a real start); the doctor reads zips and folders.`);
  }
  return diagnose(await openZip(subject), subject, opts);
}

export function doctorExitCode(report: DoctorReport): number {
  return hasErrors(report.findings) ? 1 : 0;
}

export function formatReport(report: DoctorReport): string {
  const out: string[] = [];
  const s = report.stats;
  out.push(
    `${report.subject}: ${report.kind === 'layer' ? 'layer' : 'code package'}, ${s.files} files, ${formatBytes(s.unpackedSize)} unpacked` +
      (s.zippedSize !== undefined ? `, ${formatBytes(s.zippedSize)} zipped` : ''),
  );
  if (s.largest.length) out.push(`largest: ${s.largest.slice(0, 5).map((l) => `${l.name} ${formatBytes(l.bytes)}`).join(', ')}`);
  if (!report.findings.length) out.push('No problems found: nothing here would stop FC from starting it.');
  for (const f of report.findings) {
    out.push('', `${f.severity.toUpperCase()} [${f.code}] ${f.file}${f.line ? `:${f.line}` : ''}: ${f.message}`, `  on FC: ${f.fcSymptom}`, `  fix:   ${f.fix}`);
  }
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.filter((f) => f.severity === 'warning').length;
  out.push('', `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return out.join('\n');
}
