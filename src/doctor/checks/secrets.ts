/** Owns the secrets check: environment files, private keys, credentials and .git folders that would ship with the function. */
import path from 'node:path';
import { recordPaths } from '../../formats/record.js';
import { SECRET_SCAN_MAX, type Ctx } from '../context.js';
import { finding } from '../findings.js';
import { isUnder, resolvePath } from '../view.js';
import { CODE_DIR } from '../../plan/plan.js';

const SECRET_NAME = /^(\.env(\.(?!example$|sample$|template$|dist$|defaults?$)[\w.-]+)?|id_(rsa|dsa|ecdsa|ed25519)|\.netrc|\.pypirc|.+\.(p12|pfx|jks|keystore))$/;
const PRIVATE_KEY = /-----BEGIN ((RSA|EC|DSA|OPENSSH|ENCRYPTED) )?PRIVATE KEY-----/;

/** Inside a folder of installed packages (not the code folder itself, where pip install -t . puts them). */
function inDeps(ctx: Ctx, abs: string): boolean {
  return [...ctx.depsRoots, ...ctx.defaultRoots].some((r) => r !== ctx.codeDir && isUnder(abs, r));
}

export function isSecretCandidate(ctx: Ctx, abs: string, size: number): boolean {
  if (size > SECRET_SCAN_MAX || abs.includes('/__pycache__/')) return false;
  if (inDeps(ctx, abs)) return false;
  if (ctx.kind === 'image') return secretScopes(ctx).some((d) => isUnder(abs, d));
  return true;
}

function secretScopes(ctx: Ctx): string[] {
  return [...new Set([...(ctx.codeDir !== '/' ? [ctx.codeDir] : []), CODE_DIR, '/app', '/srv', '/root'])];
}

export function checkSecrets(ctx: Ctx, texts: Map<string, Buffer>): void {
  const { view } = ctx;
  const owned = new Set<string>();
  for (const [abs, data] of texts) {
    if (!abs.endsWith('.dist-info/RECORD')) continue;
    const root = path.posix.dirname(path.posix.dirname(abs));
    for (const rel of recordPaths(data.toString('utf8'))) owned.add(resolvePath(root, rel));
  }
  const gitDirs = new Set<string>();
  for (const d of view.dirs) {
    if (path.posix.basename(d) === '.git' && !inDeps(ctx, d) && (ctx.kind !== 'image' || secretScopes(ctx).some((s) => isUnder(d, s)))) gitDirs.add(d);
  }
  for (const d of gitDirs) {
    ctx.add(finding({ severity: 'warning', code: 'secret-git', file: `${view.show(d)}/`, message: `the ${ctx.kind === 'image' ? 'image' : 'package'} carries ${view.show(d)}/ (the history, remotes, maybe credentials)`, fcSymptom: 'nothing fails, but anyone who can read the code can read the history', fix: ctx.kind === 'image' ? 'Add .git to .dockerignore.' : 'Leave .git out (fc-python-pack build does by default; or add it to .fcignore).' }));
  }
  for (const abs of view.files.keys()) {
    if (gitDirs.size && [...gitDirs].some((g) => isUnder(abs, g))) continue;
    if (owned.has(abs) || inDeps(ctx, abs) || (ctx.kind === 'image' && !secretScopes(ctx).some((d) => isUnder(abs, d)))) continue;
    const base = path.posix.basename(abs);
    const body = texts.get(abs);
    const text = body?.toString('latin1');
    let why: string | undefined;
    let line: number | undefined;
    if (SECRET_NAME.test(base)) why = base.startsWith('.env') ? 'an environment file (usually secrets)' : base.startsWith('id_') ? 'an SSH private key' : /\.(netrc|pypirc)$/.test(base) ? 'a credentials file' : 'a key store';
    else if (text && PRIVATE_KEY.test(text)) {
      why = 'a private key';
      line = text.slice(0, PRIVATE_KEY.exec(text)!.index).split('\n').length;
    } else if (text && /"private_key"\s*:\s*"-----BEGIN/.test(text)) why = 'a service-account key with a private key';
    else if (abs.endsWith('/.aws/credentials') || abs.endsWith('/.docker/config.json')) why = 'a credentials file';
    if (!why) continue;
    ctx.add(
      finding({ severity: 'warning', code: 'secret-shipped', file: view.show(abs), message: `${view.show(abs)} looks like ${why}, and it ships with the ${ctx.kind === 'image' ? 'image' : 'function'}`, fcSymptom: 'nothing fails, but anyone who can read the code package (or pull the image) can read it', fix: ctx.kind === 'image' ? 'Keep it out of the build context (.dockerignore); give the function its secrets as environment variables or through KMS.' : 'Leave it out (.fcignore, or the exclude input) and set the values as the function\'s environment variables (or use KMS).', line }
      ),
    );
  }
}

