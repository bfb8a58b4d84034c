/**
 * Owns the cache keys: derived from the exact pip invocation the plan holds, the index URLs, the
 * requirements files' bytes (or a lock's selected set) and the tool's format versions. Keys never carry a URL in clear.
 */
import { createHash } from 'node:crypto';
import { readRequirementsFiles, type RequirementsFileBytes } from '../../formats/requirements.js';
import { DEFAULT_CACHE_KEY_PREFIX, parseCacheKeyPrefix } from '../../inputs/publish-inputs.js';
import { depsOf } from '../../install/pip.js';
import type { Plan } from '../../plan/plan.js';

export { readRequirementsFiles } from '../../formats/requirements.js';
export type RequirementsFile = RequirementsFileBytes;

/** Bumped with the action's major version: a v2 never reads what a v1 saved. */
export const ACTION_MAJOR = 'v1';
/** Bumped when what goes into a key changes shape, so old and new keys never meet. */
export const KEY_FORMAT = 2;

/** Everything that decides which wheels pip resolves. */
export interface CacheKeyParts {
  /** cache-key-prefix; default fc-python-pack. */
  prefix?: string;
  /** The requirements file and the files it pulls in (-r, -c, local wheels), in a stable order. */
  requirements: readonly RequirementsFileBytes[];
  /** For the readable head of the key. */
  pythonVersion: string;
  runtime: string;
  /**
   * The exact arguments the plan gives pip (fixed flags, --platform tags, index URLs, pip-args):
   * any change to pip's command line is a new key, with nothing to remember to bump.
   */
  pipArgs: readonly string[];
  /** The index URLs pip reads (also among pipArgs; named apart so a change of index is never missed). */
  indexUrls?: readonly string[];
  /** pip's own environment settings (PIP_INDEX_URL, PIP_FIND_LINKS, ...): hashed, never shown. */
  pipEnv?: Readonly<Record<string, string>>;
  /** The image sdists are built in (build-sdists): a wheel built elsewhere is another wheel. */
  buildImage?: string;
}

export interface CacheKey {
  key: string;
  /** Prefixes tried, in order, when the key itself is not there. */
  restoreKeys: string[];
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** The part of the key every build with the same platform and index shares: no requirements in it. */
function environmentHash(p: CacheKeyParts): string {
  const env = Object.entries(p.pipEnv ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return sha256(
    JSON.stringify({
      format: KEY_FORMAT,
      python: p.pythonVersion,
      runtime: p.runtime,
      // Index URLs may carry credentials: they only ever enter the key through this hash.
      pipArgs: p.pipArgs,
      index: p.indexUrls ?? [],
      env,
      ...(p.buildImage !== undefined ? { buildImage: p.buildImage } : {}),
    }),
  ).slice(0, 16);
}

function requirementsHash(p: CacheKeyParts): string {
  const h = createHash('sha256');
  for (const r of p.requirements) {
    h.update(`${r.name}\0${Buffer.byteLength(r.content)}\0`);
    h.update(r.content);
  }
  return h.digest('hex').slice(0, 24);
}

/** The readable head of a key: prefix, major version, runtime, python, the environment hash. Never a URL. */
function keyHead(p: CacheKeyParts): string {
  const prefix = parseCacheKeyPrefix(p.prefix ?? DEFAULT_CACHE_KEY_PREFIX);
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_');
  return `${prefix}-${ACTION_MAJOR}-deps-${safe(p.runtime)}-py${safe(p.pythonVersion)}-${environmentHash(p)}-`;
}

/**
 * The key the wheelhouse records this build's resolution under (wheels.ts): head + requirements
 * hash. Only this exact key reuses a resolution, so it has no restore-keys.
 */
export function depsCacheKey(parts: CacheKeyParts): CacheKey {
  return { key: `${keyHead(parts)}${requirementsHash(parts)}`, restoreKeys: [] };
}

/**
 * The wheelhouse (wheels install mode) in the Actions cache: saved under the deps head, the
 * requirements hash and a hash of the wheel set (`wheelSet`: wheelhouse.ts's wheelSetKey);
 * restored from the newest entry of the same requirements, else of any requirements on this
 * platform (a changed file then downloads only the wheels that entry lacks).
 */
export function wheelhouseCacheKey(parts: CacheKeyParts, wheelSet?: string): CacheKey {
  const head = keyHead(parts);
  const req = `${head}${requirementsHash(parts)}-w`;
  return { key: wheelSet === undefined ? req : `${req}${sha256(wheelSet).slice(0, 16)}`, restoreKeys: [req, head] };
}

/** pip's environment variables that change what gets resolved. */
const PIP_ENV_VARS = ['PIP_INDEX_URL', 'PIP_EXTRA_INDEX_URL', 'PIP_FIND_LINKS', 'PIP_NO_INDEX', 'PIP_CONSTRAINT', 'PIP_PRE', 'PIP_CONFIG_FILE', 'PIP_ONLY_BINARY', 'PIP_NO_BINARY'];

/** The key parts of a plan: its requirements, the pip invocation, the index URLs and pip's env. */
export async function cacheKeyParts(plan: Plan, prefix?: string, env: NodeJS.ProcessEnv = process.env): Promise<CacheKeyParts> {
  const deps = depsOf(plan);
  const pipEnv: Record<string, string> = {};
  for (const k of PIP_ENV_VARS) if (env[k]) pipEnv[k] = env[k]!;
  return {
    prefix,
    // A lock: the selected set (kind, extras, groups, every pinned line with its hashes), not the
    // file's bytes, so an edit that changes nothing installed still hits.
    requirements:
      deps.source.kind === 'dependency-file'
        ? [{ name: `${deps.source.fileKind} selection`, content: deps.source.key }]
        : await readRequirementsFiles(deps.source.path),
    pythonVersion: plan.pythonVersion,
    runtime: plan.runtime,
    pipArgs: deps.pip.args,
    indexUrls: deps.pip.indexUrls,
    pipEnv,
    ...(deps.build ? { buildImage: deps.build.image } : {}),
  };
}
