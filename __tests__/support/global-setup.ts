/**
 * Prepares, once per run, what the integration tests need, so that `npm ci && npm test` is all a
 * newcomer runs: a Docker engine (started the way .ci/docker-up.sh starts one, when this is root on
 * Linux), the test image (scripts/test-image.sh; tag from FCPP_TEST_IMAGE), the local pip index, and
 * node 24 for the dist tests (scripts/node24.sh). It says what it does; when it cannot prepare
 * something it fails with one line saying what is missing and how to get it.
 */
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEBIAN10_IMAGE, INDEX_URL, TEST_IMAGE } from './env.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DOCKERD_ARGS = ['--bridge=none', '--iptables=false', '--ip-masq=false'];
const DOCKERD_LOG = '/var/log/dockerd.log';
const MAC_HINT = 'on macOS: docker pull --platform linux/amd64 python:3.11-slim and FCPP_TEST_IMAGE=python:3.11-slim';

/** A failure of the set-up: its message is the whole story, printed as one line. */
class SetupError extends Error {
  constructor(message: string) {
    super(`npm test cannot start: ${message}`);
    this.name = 'SetupError';
  }
}

const say = (m: string) => process.stderr.write(`test setup: ${m}\n`);
const ok = (cmd: string, args: string[], opts: SpawnSyncOptions = {}) => spawnSync(cmd, args, { stdio: 'ignore', ...opts }).status === 0;
const has = (cmd: string) => ok('sh', ['-c', `command -v "$1"`, 'sh', cmd]);
const canInstall = process.platform === 'linux' && process.getuid?.() === 0 && has('apt-get');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs a set-up step with its output shown; true when it succeeded. */
function step(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  return spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], cwd: ROOT, env }).status === 0;
}

function aptInstall(packages: string[]): void {
  say(`installing ${packages.join(', ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!step('apt-get', ['update', '-qq'], env) || !step('apt-get', ['install', '-y', '-qq', ...packages], env)) {
    throw new SetupError(`apt-get install ${packages.join(' ')} failed (see above); install them and run npm test again.`);
  }
}

function tools(): void {
  const missing = ['unzip'].filter((t) => !has(t));
  if (!missing.length) return;
  if (!canInstall) throw new SetupError(`${missing.join(', ')} is missing: install it (apt-get install ${missing.join(' ')}) and run npm test again.`);
  aptInstall(missing);
}

const engineUp = () => ok('docker', ['info']);

async function dockerEngine(): Promise<void> {
  if (has('docker') && engineUp()) {
    const v = spawnSync('docker', ['version', '--format', '{{.Server.Version}}'], { encoding: 'utf8' }).stdout.trim();
    say(`Docker engine ${v || ''} is running`.replace('  ', ' '));
    return;
  }
  if (!canInstall) {
    throw new SetupError(
      has('docker')
        ? 'no Docker engine answers `docker info`: start Docker Desktop (macOS) or the engine (sudo systemctl start docker, or as root: dockerd --bridge=none --iptables=false --ip-masq=false &), then run npm test again.'
        : 'docker is not installed: install Docker Desktop (macOS) or docker.io (Linux: apt-get install docker.io), start it, then run npm test again.',
    );
  }
  if (!has('dockerd') || !has('docker')) aptInstall(['docker.io']);
  say(`starting dockerd ${DOCKERD_ARGS.join(' ')} (no network; log ${DOCKERD_LOG})`);
  fs.mkdirSync(path.dirname(DOCKERD_LOG), { recursive: true });
  const log = fs.openSync(DOCKERD_LOG, 'a');
  const d = spawn('dockerd', DOCKERD_ARGS, { detached: true, stdio: ['ignore', log, log] });
  d.on('error', () => undefined);
  d.unref();
  fs.closeSync(log);
  for (let i = 0; i < 60 && !engineUp(); i++) await sleep(500);
  if (!engineUp()) throw new SetupError(`dockerd did not start within 30 s: see ${DOCKERD_LOG}.`);
  say('Docker engine started');
}

function testImage(): void {
  if (ok('docker', ['image', 'inspect', TEST_IMAGE])) {
    say(`test image ${TEST_IMAGE} is present`);
    return;
  }
  if (!has('mmdebstrap')) {
    if (!canInstall) {
      throw new SetupError(
        `the test image ${TEST_IMAGE} is missing and mmdebstrap (Linux) is not installed: apt-get install mmdebstrap, or use a pulled image (${MAC_HINT}).`,
      );
    }
    aptInstall(['mmdebstrap']);
  }
  say(`building the test image ${TEST_IMAGE} from Debian packages with scripts/test-image.sh (first run: a few minutes)`);
  if (!step(path.join(ROOT, 'scripts', 'test-image.sh'), [TEST_IMAGE])) {
    throw new SetupError(`scripts/test-image.sh ${TEST_IMAGE} failed (see above); fix that, or use a pulled image (${MAC_HINT}).`);
  }
}

/** custom.debian10's Python layout (3.10 only through PATH), from the test image and pyenv's 3.10: never pulled. */
function debian10Image(): void {
  if (ok('docker', ['image', 'inspect', DEBIAN10_IMAGE])) {
    say(`custom.debian10 stand-in ${DEBIAN10_IMAGE} is present`);
    return;
  }
  say(`building ${DEBIAN10_IMAGE} (the test image with a CPython 3.10 at /var/fc/lang/python3.10) with scripts/fc-debian10-image.sh`);
  if (!step(path.join(ROOT, 'scripts', 'fc-debian10-image.sh'), [DEBIAN10_IMAGE])) {
    throw new SetupError(`scripts/fc-debian10-image.sh ${DEBIAN10_IMAGE} failed (see above): it needs a CPython 3.10 (pyenv install 3.10).`);
  }
}

function pipIndex(): void {
  if (!INDEX_URL.startsWith('file://')) return;
  const dir = fileURLToPath(INDEX_URL);
  if (!fs.existsSync(dir)) {
    throw new SetupError(`the pip index ${INDEX_URL} is missing: set FCPP_TEST_INDEX to a simple index the tests may use (e.g. https://pypi.org/simple).`);
  }
  say(`pip index ${INDEX_URL}`);
}

function node24(): void {
  const have = fs.existsSync(path.join(ROOT, '.tmp', 'node24', 'node_modules', 'node', 'bin', 'node'));
  if (!have) say('installing node 24 (what GitHub runs the action on) from the npm registry into .tmp/node24, for the dist tests');
  const r = spawnSync(path.join(ROOT, 'scripts', 'node24.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const bin = r.stdout?.trim();
  if (r.status !== 0 || !bin || !ok(bin, ['--version'])) {
    throw new SetupError('node 24 could not be installed into .tmp/node24 (scripts/node24.sh, from the npm registry): check that npm can reach its registry, then run npm test again.');
  }
  say(`node ${spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim()} for the dist tests`);
}

export default async function setup(): Promise<void> {
  try {
    tools();
    await dockerEngine();
    testImage();
    debian10Image();
    pipIndex();
    node24();
  } catch (e) {
    if (!(e instanceof SetupError)) throw e;
    // One line, and no test run after it: vitest would add "No test files found" and a frame around it.
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
}
