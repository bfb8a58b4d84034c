/**
 * What the integration tests share: an isolated pip pointed at the machine's local index,
 * the test image, and a way to run the bundled action exactly as a runner does.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const FIXTURES = path.join(ROOT, '__tests__', 'fixtures');
export const TEST_IMAGE = process.env.FCPP_TEST_IMAGE || 'fc-python-pack-test/python:3.11';
export const TEST_PYTHON = '3.11';

/** The local file:// simple index that `pip config list` names (overridable with FCPP_TEST_INDEX). */
export const INDEX_URL: string = (() => {
  if (process.env.FCPP_TEST_INDEX) return process.env.FCPP_TEST_INDEX;
  const out = spawnSync('python3', ['-m', 'pip', 'config', 'list'], { encoding: 'utf8' }).stdout ?? '';
  const m = /file:\/\/[^\s'"]*\/simple/.exec(out);
  return m ? m[0] : 'file:///opt/pypi/simple';
})();

/** The host's environment with pip's own configuration switched off. */
export function isolatedEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) {
    if (k.startsWith('PIP_') || k.startsWith('INPUT_') || k.startsWith('GITHUB_') || k.startsWith('ACTIONS_') || k === 'RUNNER_TEMP') delete env[k];
  }
  // A fresh local deps cache each run: every build starts cold unless a test says otherwise.
  return { ...env, PIP_CONFIG_FILE: '/dev/null', FC_PYTHON_PACK_PULL: 'never', XDG_CACHE_HOME: tmpDir('fcpp-xdg-'), ...extra };
}

export function dockerReady(): boolean {
  return spawnSync('docker', ['image', 'inspect', TEST_IMAGE], { stdio: 'ignore' }).status === 0;
}

export function tmpDir(prefix = 'fcpp-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Copies a fixture to a fresh folder so each test starts from the same tree. */
export function copyFixture(name: string): string {
  const dest = path.join(tmpDir(), name);
  fs.cpSync(path.join(FIXTURES, name), dest, { recursive: true, verbatimSymlinks: true });
  return dest;
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  runnerTemp: string;
}

/** Parses a GITHUB_OUTPUT file (name<<DELIM ... DELIM blocks). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const [, name, delim] = m;
      const val: string[] = [];
      while (++i < lines.length && lines[i] !== delim) val.push(lines[i]!);
      out[name!] = val.join('\n');
    } else if (lines[i]!.includes('=')) {
      const [k, ...v] = lines[i]!.split('=');
      out[k!] = v.join('=');
    }
  }
  return out;
}

type RunOpts = { env?: Record<string, string>; node?: string; cwd?: string; entry?: string };

function prepareAction(inputs: Record<string, string>, opts: RunOpts) {
  const runnerTemp = tmpDir('fcpp-runner-');
  const outFile = path.join(runnerTemp, 'github_output');
  const summaryFile = path.join(runnerTemp, 'step_summary');
  fs.writeFileSync(outFile, '');
  fs.writeFileSync(summaryFile, '');
  const env = isolatedEnv({
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: outFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: opts.cwd ?? ROOT,
    ...opts.env,
  });
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const finish = (code: number | null, stdout: string, stderr: string): ActionRun => ({
    code: code ?? 1,
    stdout,
    stderr,
    outputs: parseOutputFile(fs.readFileSync(outFile, 'utf8')),
    summary: fs.readFileSync(summaryFile, 'utf8'),
    runnerTemp,
  });
  return { env, cmd: opts.node ?? process.execPath, args: [opts.entry ?? path.join(ROOT, 'dist', 'index.cjs')], cwd: opts.cwd ?? ROOT, finish };
}

/** Runs `node dist/index.cjs` the way the runner does: INPUT_* variables, GITHUB_OUTPUT, RUNNER_TEMP. */
export function runAction(inputs: Record<string, string>, opts: RunOpts = {}): ActionRun {
  const p = prepareAction(inputs, opts);
  const res = spawnSync(p.cmd, p.args, { env: p.env, cwd: p.cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return p.finish(res.status, res.stdout, res.stderr);
}

/** The same, without blocking this process: for tests that serve HTTP in-process while the action runs. */
export function runActionAsync(inputs: Record<string, string>, opts: RunOpts = {}): Promise<ActionRun> {
  const p = prepareAction(inputs, opts);
  return new Promise((resolve, reject) => {
    const child = spawn(p.cmd, p.args, { env: p.env, cwd: p.cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve(p.finish(code, stdout, stderr)));
  });
}

/** A fingerprint of a folder: every path, its mode and its bytes (symbolic links by target). */
export function treeFingerprint(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string, rel: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      const full = path.join(d, name);
      const r = rel ? `${rel}/${name}` : name;
      const st = fs.lstatSync(full);
      h.update(`${r}\0${st.mode}\0${st.mtimeMs}\0`);
      if (st.isSymbolicLink()) h.update(fs.readlinkSync(full));
      else if (st.isDirectory()) walk(full, r);
      else h.update(fs.readFileSync(full));
    }
  };
  walk(dir, '');
  return h.digest('hex');
}

export function sha256File(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

export function unzipList(zip: string): string {
  return execFileSync('unzip', ['-Z', '-l', zip], { encoding: 'utf8' });
}

/**
 * A PEP 503 simple index in `dir` (simple/<project>/index.html → ../../files/<wheel>) holding
 * the cp311 manylinux wheels of `requirements`, downloaded from the local index: what a
 * Dockerfile's pip can read from its build context, with no network.
 */
export function makeLocalIndex(dir: string, requirements: string[]): void {
  const files = path.join(dir, 'files');
  fs.mkdirSync(files, { recursive: true });
  execFileSync(
    'python3',
    ['-m', 'pip', 'download', '-q', '-d', files, '--only-binary=:all:', '--implementation', 'cp', '--python-version', TEST_PYTHON,
      '--platform', 'manylinux2014_x86_64', '--platform', 'manylinux_2_28_x86_64', '--index-url', INDEX_URL, ...requirements],
    { env: isolatedEnv(), stdio: 'pipe' },
  );
  const byProject = new Map<string, string[]>();
  for (const whl of fs.readdirSync(files)) {
    const project = whl.split('-')[0]!.toLowerCase().replace(/[-_.]+/g, '-');
    byProject.set(project, [...(byProject.get(project) ?? []), whl]);
  }
  for (const [project, wheels] of byProject) {
    fs.mkdirSync(path.join(dir, 'simple', project), { recursive: true });
    const links = wheels.map((w) => `<a href="../../files/${w}">${w}</a><br>`).join('\n');
    fs.writeFileSync(path.join(dir, 'simple', project, 'index.html'), `<!DOCTYPE html><html><body>\n${links}\n</body></html>\n`);
  }
}

/**
 * The inputs every build test starts from: the local index, Python 3.11 on custom.debian12 (whose
 * python3 it is: the local index's native wheels are cp311), the test image (Debian 12's).
 */
export function buildInputs(target: 'layer' | 'code' | 'image', app: string, out: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    target,
    'working-directory': app,
    runtime: 'custom.debian12',
    'python-version': TEST_PYTHON,
    'index-url': INDEX_URL,
    'output-dir': out,
    'verify-image': TEST_IMAGE,
    ...extra,
  };
}

/** The ::error lines of a run: what the step failed with. */
export function errorLines(res: ActionRun): string {
  return res.stdout
    .split('\n')
    .filter((l) => l.startsWith('::error'))
    .join('\n');
}
