/**
 * Stage 1 of the pipeline: the public inputs, read from the action's INPUT_* variables
 * or the CLI's flags, validated into one typed object. Every error names the input and the fix.
 */
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../shared/errors.js';
import { CACHE_INPUT_SPECS, UPLOAD_INPUT_SPECS, parseArtifactName, parseCacheKeyPrefix, parseRetentionDays } from './publish-inputs.js';
import { DEPLOY_INPUT_SPECS, parseDeployInputs, type DeployInputs } from './deploy-inputs.js';
import { RUNTIMES, type RuntimeName, isRuntimeName } from '../plan/runtimes.js';
import { parseBuildArgs, parseEnvironment, splitArgs } from './values.js';

export { parseBuildArgs, parseEnvironment, splitArgs } from './values.js';

export const TARGETS = ['layer', 'code', 'image'] as const;
export type Target = (typeof TARGETS)[number];

export interface Inputs {
  target: Target;
  /** Absolute path of the backend folder. */
  workingDirectory: string;
  /**
   * The dependency file the input names, absolute; undefined: not set, the plan looks in
   * working-directory in DETECTION_ORDER (formats/lock).
   */
  requirements?: string;
  /** As given ('' when not set), for messages. */
  requirementsInput: string;
  /** Optional parts to install (extras), as uv and Poetry name them. */
  extras: string[];
  /** Dependency groups to install (PEP 735, uv and Poetry groups); none by default. */
  groups: string[];
  /** MAJOR.MINOR as given; undefined: the runtime's own Python (the plan decides). */
  pythonVersion?: string;
  /** As given; undefined: from s.yaml, else custom.debian10 (the plan decides). */
  runtime?: RuntimeName;
  /** s-yaml as given (relative to working-directory); undefined: looked for; null: "none" (never read). */
  sYaml?: string | null;
  /** The s.yaml resource (key or functionName) to build, when it has several. */
  functionName?: string;
  /** The function's start command and its args, split as a shell would (never run through one). */
  startCommand?: string[];
  /** The function's environment variables (KEY=VALUE lines); undefined: not given (s.yaml's, or none). */
  environment?: Record<string, string>;
  indexUrl?: string;
  extraIndexUrls: string[];
  pipArgs: string[];
  /** Build sdists into wheels where FC has no wheel; false: wheels only. */
  buildSdists: boolean;
  /** As given; undefined: FC's build image of the runtime (the plan decides). */
  buildImage?: string;
  /** Absolute. */
  outputDir: string;
  verify: boolean;
  /** As given; undefined: the runtime's Debian with the plan's Python (the plan decides). */
  verifyImage?: string;
  /** Modules verify imports; empty: those of the distributions the requirements name (found after install). */
  verifyImports: string[];
  /** The folder relative paths in messages and annotations are relative to (the workspace). */
  workspace: string;
  /** code/image: extra gitignore-style patterns to leave out. */
  exclude: string[];
  /** code: vendor the requirements under python/ in function.zip. */
  includeDeps: boolean;
  /** code: the bootstrap file relative to the code folder; null: "none"; undefined: not given (s.yaml's command, else bootstrap). */
  bootstrap?: string | null;
  /** code: convert a CRLF bootstrap to LF instead of failing. */
  convertCrlf: boolean;
  /** code/image: start the function and probe its port; undefined = when a bootstrap exists. */
  smokeTest?: boolean;
  smokePath: string;
  smokeTimeout: number;
  /** As given; undefined: s.yaml's customRuntimeConfig.port, else 9000. */
  port?: number;
  /** image: the Dockerfile, absolute; it may not exist (then one is generated). */
  dockerfile: string;
  /** As given, for messages. */
  dockerfileInput: string;
  /** image: the tag to build. */
  image: string;
  /** image: --build-arg values, in order. */
  buildArgs: [string, string][];
  /** image: base of the generated Dockerfile, as given; undefined: the verify image. */
  baseImage?: string;
  imageCompression: 'none' | 'gzip';
  /** Cache the deps tree and pip's cache with the Actions cache. */
  cache: boolean;
  cacheKeyPrefix: string;
  /** Upload the artifact as a workflow artifact. */
  upload: boolean;
  /** Undefined: <target>-<short sha>. */
  artifactName?: string;
  /** Undefined: the repository's setting. */
  retentionDays?: number;
  /** Deploy to FC after the build (inputs/deploy-inputs.ts). */
  deploy: DeployInputs;
}

/** One public input: its name (action input and CLI flag), default and description. */
export interface InputSpec {
  name: string;
  default: string;
  description: string;
}

/**
 * The inputs as action.yml declares them. A unit test checks that action.yml matches
 * this table, so the defaults live in exactly one place the code reads.
 */
export const INPUT_SPECS: readonly InputSpec[] = [
  { name: 'target', default: 'layer', description: 'What to build: layer (layer.zip, deps under python/), code (function.zip) or image (a container image saved as a tar).' },
  { name: 'working-directory', default: '.', description: 'The backend folder (holds the dependency file, and the code for target code or image).' },
  {
    name: 'requirements',
    default: '',
    description:
      'Dependency file, relative to working-directory: requirements*.txt, pyproject.toml, uv.lock, poetry.lock, Pipfile.lock, pylock.toml or pylock.<name>.toml. Default: the first found of uv.lock, poetry.lock, pylock.toml, pylock.<name>.toml, Pipfile.lock, requirements.txt, pyproject.toml.',
  },
  { name: 'extras', default: '', description: 'Optional dependencies (extras) to install from pyproject.toml or the lock, comma or newline separated.' },
  { name: 'groups', default: '', description: 'Dependency groups to install (dev groups are never installed otherwise), comma or newline separated.' },
  { name: 'python-version', default: '', description: "Python the dependencies are built for, MAJOR.MINOR (quote it in YAML: '3.12'). Default: the runtime's own Python (custom.debian10: 3.10, custom.debian11: 3.12, custom.debian12: 3.11)." },
  { name: 'runtime', default: '', description: "FC runtime: custom.debian10 (glibc 2.28, Python 3.10 at /var/fc/lang/python3.10), custom.debian11 (glibc 2.31, Python 3.12) or custom.debian12 (glibc 2.36, Python 3.11; 3.12 at /opt/python3.12). Decides which wheels can run and the default Python. Default: s.yaml's runtime, else custom.debian10." },
  { name: 's-yaml', default: '', description: "Serverless Devs' s.yaml (edition 3, component fc3), relative to working-directory: the runtime, start command, port, environment variables, layers and code folder are read from it. Default: s.yaml or s.yml in working-directory, else the one in its parent whose code is working-directory; none: do not read one." },
  { name: 'function', default: '', description: 's.yaml resource to build (its key or functionName) when s.yaml has several functions.' },
  { name: 'start-command', default: '', description: "The function's start command and its args when it has no bootstrap and no s.yaml (e.g. python3 -u index.py), split like a shell would split them but never run through one. FC runs it in /code." },
  { name: 'environment', default: '', description: "The function's environment variables, KEY=VALUE, one per line, as FC will set them (e.g. PYTHONPATH=/code/python, PATH=/var/fc/lang/python3.10/bin:$PATH). Default: s.yaml's environmentVariables; verify runs the function with exactly these." },
  { name: 'index-url', default: '', description: 'pip --index-url (credentials in it are masked and never logged).' },
  { name: 'extra-index-url', default: '', description: 'pip --extra-index-url; several separated by spaces or new lines.' },
  { name: 'pip-args', default: '', description: 'Extra pip install arguments, split like a shell would split them but never run through one.' },
  { name: 'build-sdists', default: 'true', description: 'Build packages that ship only as source (sdists: oss2, aliyun-python-sdk-core, crcmod) into wheels for FC when no wheel fits; wheels are still preferred. false: wheels only.' },
  { name: 'build-image', default: '', description: "Image compiled sdists (and those whose dependencies depend on the Python) are built in: the runtime's Debian, the target Python with its headers, and gcc. Default: FC's build image (aliyunfc/runtime-custom.debian10:build-3.1.0, aliyunfc/runtime:custom.debian11-build-3.1.0, aliyunfc/runtime:custom.debian12-build-3.1.0), else python:<python-version>-<debian of runtime>." },
  { name: 'output-dir', default: '', description: 'Where the artifact is written. Default: $RUNNER_TEMP/fc-python-pack (the system temp folder outside Actions).' },
  { name: 'verify', default: 'true', description: 'Verify the artifact in a container that behaves like FC before it is published.' },
  { name: 'verify-image', default: '', description: 'Image to verify in. Default: python:<python-version>-slim-<debian of runtime>: python:3.10-slim-buster (custom.debian10), python:3.12-slim-bullseye (custom.debian11), python:3.11-slim-bookworm (custom.debian12).' },
  { name: 'verify-imports', default: '', description: 'Modules that must import from the artifact, comma or newline separated. Default: the top-level modules of every distribution the requirements file names, plus uvicorn and fastapi when installed.' },
  { name: 'exclude', default: '', description: 'code/image: more paths to leave out, gitignore patterns, one per line (added to the defaults and .fcignore).' },
  { name: 'include-deps', default: 'true', description: 'code: install the requirements under python/ inside function.zip (/code/python on FC). false: code only, for deps shipped as a layer.' },
  { name: 'bootstrap', default: '', description: "The start script FC runs, relative to the code folder; none when the function uses another start command. Default: s.yaml's customRuntimeConfig.command, else bootstrap." },
  { name: 'convert-crlf', default: 'false', description: 'code: store a CRLF bootstrap with LF endings (with a notice) instead of failing.' },
  { name: 'smoke-test', default: '', description: 'code/image: start the function as FC would and probe its port. Default: true when there is a bootstrap (code) and for images.' },
  { name: 'smoke-path', default: '/', description: 'code/image: the HTTP path the smoke test requests; any answer below 500 counts as up.' },
  { name: 'smoke-timeout', default: '30', description: 'code/image: seconds the smoke test waits for the first answer (FC allows 120).' },
  { name: 'dockerfile', default: 'Dockerfile', description: 'image: the Dockerfile, relative to working-directory. When it does not exist, one is generated: base-image, the deps at /opt/python, the code at /code, CMD ./bootstrap.' },
  { name: 'image', default: '', description: 'image: the tag to build. Default: <repository name>:<short sha>.' },
  { name: 'build-args', default: '', description: 'image: docker build arguments, KEY=VALUE, one per line.' },
  { name: 'base-image', default: '', description: 'image: base of the generated Dockerfile. Default: the verify image.' },
  { name: 'image-compression', default: 'none', description: 'image: none (image.tar) or gzip (image.tar.gz) for the saved image.' },
  { name: 'port', default: '', description: "code/image: the port FC calls (FC_SERVER_PORT); the server must listen on 0.0.0.0 there. Default: s.yaml's customRuntimeConfig.port, else 9000." },
  ...CACHE_INPUT_SPECS,
  ...UPLOAD_INPUT_SPECS,
  ...DEPLOY_INPUT_SPECS,
];

export type InputGetter = (name: string) => string | undefined;

export interface InputContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
}

const specDefault = (name: string): string => INPUT_SPECS.find((s) => s.name === name)?.default ?? '';

function get(source: InputGetter, name: string): string {
  const v = source(name)?.trim();
  return v === undefined || v === '' ? specDefault(name) : v;
}

export function parseBoolean(name: string, value: string): boolean {
  const v = value.trim().toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off'].includes(v)) return false;
  throw new UserError(`Input ${name} must be true or false, got "${value}".`, name);
}

export function parseTarget(value: string): Target {
  if ((TARGETS as readonly string[]).includes(value)) return value as Target;
  throw new UserError(`Input target must be one of ${TARGETS.join(', ')}; got "${value}".`, 'target');
}

export function parsePythonVersion(value: string): string {
  const m = /^3\.(\d{1,2})$/.exec(value);
  if (!m) {
    throw new UserError(
      `Input python-version must be MAJOR.MINOR such as 3.10; got "${value}".`,
      'python-version',
    );
  }
  const minor = Number(m[1]);
  if (minor < 8) {
    // YAML reads an unquoted 3.10 as the number 3.1.
    const hint = value === '3.1' ? " YAML reads an unquoted 3.10 as 3.1: write python-version: '3.10'." : '';
    throw new UserError(`Input python-version ${value} is not supported (3.8 or newer).${hint}`, 'python-version');
  }
  return value;
}

export function parseRuntime(value: string): RuntimeName {
  if (isRuntimeName(value)) return value;
  if (value === 'custom' || value === 'custom.debian9') {
    // FC still lists it, but its Debian 9 (glibc 2.24) and Python 3.7 are past their end of life: no current wheel targets it.
    throw new UserError(
      `Input runtime ${value} is FC's legacy custom runtime (Debian 9, glibc 2.24, Python 3.7), which fc-python-pack does not build for. ` +
        `Supported: ${Object.keys(RUNTIMES).join(', ')}. To move, set the function's runtime to custom.debian12 (Python 3.11 as python3) or custom.debian10 (Python 3.10: export PATH=/var/fc/lang/python3.10/bin:$PATH in bootstrap), ` +
        'in s.yaml (runtime:) or the console, and the same runtime here; the bootstrap and port stay as they are.',
      'runtime',
    );
  }
  throw new UserError(
    `Input runtime must be one of ${Object.keys(RUNTIMES).join(', ')}; got "${value}".`,
    'runtime',
  );
}

/** Splits a list given as commas, spaces or new lines. */
export function splitList(value: string, separators = /[\s,]+/): string[] {
  return value
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** pip options that would take the install out of our hands. */
const FORBIDDEN_PIP_ARGS = ['-t', '--target', '--prefix', '--root', '--user', '--platform', '--python-version', '--implementation', '--abi'];

export function checkPipArgs(args: string[]): string[] {
  for (const a of args) {
    const flag = a.split('=')[0]!;
    if (FORBIDDEN_PIP_ARGS.includes(flag)) {
      throw new UserError(
        `Input pip-args must not contain ${flag}: fc-python-pack sets the install target and the FC platform itself (use python-version and runtime).`,
        'pip-args',
      );
    }
  }
  return args;
}

const MODULE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

export function parseImports(value: string): string[] {
  const mods = splitList(value);
  for (const m of mods) {
    if (!MODULE_NAME.test(m)) {
      throw new UserError(`Input verify-imports: "${m}" is not a Python module name (e.g. uvicorn,fastapi).`, 'verify-imports');
    }
  }
  return mods;
}

function parseCompression(value: string): 'none' | 'gzip' {
  if (value === 'none' || value === 'gzip') return value;
  throw new UserError(`Input image-compression must be none or gzip; got "${value}".`, 'image-compression');
}

export function parseIntInput(name: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UserError(`Input ${name} must be a whole number from ${min} to ${max}; got "${value}".`, name);
  }
  return Number(value);
}

export function parseSmokePath(value: string): string {
  if (!value.startsWith('/') || /\s/.test(value)) {
    throw new UserError(`Input smoke-path must be a URL path starting with / (e.g. /health); got "${value}".`, 'smoke-path');
  }
  return value;
}

/** Multi-line pattern lists: one pattern per line, blank lines and # comments dropped. */
export function splitLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** Docker image references: lowercase name components, an optional :tag. */
const IMAGE_REF = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?::[0-9]+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$/;

export function parseImageRef(value: string, input = 'image'): string {
  if (!IMAGE_REF.test(value)) {
    throw new UserError(`Input ${input}: "${value}" is not a valid image name (lowercase name[:tag], e.g. my-api:1.0).`, input);
  }
  return value;
}

/**
 * An image to run or build FROM (verify-image, base-image): a reference, optionally pinned by
 * digest. Nothing else reaches docker's command line or a generated Dockerfile (a leading '-' is
 * a flag, a newline an instruction).
 */
export function parseImageInput(value: string, input: string): string {
  const at = value.indexOf('@');
  const name = at < 0 ? value : value.slice(0, at);
  if (!IMAGE_REF.test(name) || (at >= 0 && !/^sha256:[a-f0-9]{64}$/.test(value.slice(at + 1)))) {
    throw new UserError(`Input ${input}: "${value}" is not a valid image reference (lowercase name[:tag][@sha256:digest], e.g. python:3.11-slim-bookworm).`, input);
  }
  return value;
}

/** <repository name>:<short sha> in Actions; <folder name>:local elsewhere. */
export function defaultImageName(env: NodeJS.ProcessEnv, workingDirectory: string): string {
  const repo = env.GITHUB_REPOSITORY?.split('/').pop() || path.basename(workingDirectory);
  const name = repo.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '') || 'function';
  const tag = env.GITHUB_SHA ? env.GITHUB_SHA.slice(0, 7) : 'local';
  return `${name}:${tag}`;
}

export function defaultOutputDir(env: NodeJS.ProcessEnv): string {
  return path.join(env.RUNNER_TEMP || os.tmpdir(), 'fc-python-pack');
}

export function parseInputs(source: InputGetter, ctx: InputContext): Inputs {
  const target = parseTarget(get(source, 'target'));
  const workingDirectory = path.resolve(ctx.cwd, get(source, 'working-directory'));
  const requirementsInput = get(source, 'requirements');
  const runtimeRaw = get(source, 'runtime');
  const runtime = runtimeRaw ? parseRuntime(runtimeRaw) : undefined;
  const pythonRaw = get(source, 'python-version');
  const pythonVersion = pythonRaw ? parsePythonVersion(pythonRaw) : undefined;
  const indexUrl = get(source, 'index-url') || undefined;
  const extraIndexUrls = splitList(get(source, 'extra-index-url'), /\s+/);
  const pipArgs = checkPipArgs(splitArgs(get(source, 'pip-args')));
  const outputRaw = get(source, 'output-dir');
  const outputDir = outputRaw ? path.resolve(ctx.cwd, outputRaw) : defaultOutputDir(ctx.env);
  const verify = parseBoolean('verify', get(source, 'verify'));
  const verifyImageRaw = get(source, 'verify-image');
  const verifyImage = verifyImageRaw ? parseImageInput(verifyImageRaw, 'verify-image') : undefined;
  const verifyImports = parseImports(get(source, 'verify-imports'));
  const bootstrapRaw = get(source, 'bootstrap');
  if (bootstrapRaw && (path.isAbsolute(bootstrapRaw) || bootstrapRaw.split(/[\\/]/).includes('..'))) {
    throw new UserError(`Input bootstrap must be a path inside working-directory (e.g. bootstrap), or none; got "${bootstrapRaw}".`, 'bootstrap');
  }
  const smokeRaw = get(source, 'smoke-test');
  const sYamlRaw = get(source, 's-yaml');
  const startRaw = get(source, 'start-command');
  const startCommand = startRaw ? splitArgs(startRaw, 'start-command') : undefined;
  if (startRaw && !startCommand?.length) throw new UserError('Input start-command is empty once split: give the command and its args, e.g. python3 -u index.py.', 'start-command');
  if (startCommand && bootstrapRaw && bootstrapRaw !== 'none') {
    throw new UserError(`Inputs bootstrap (${bootstrapRaw}) and start-command (${startRaw}) both say how the function starts: give one (FC runs either the command or /code/bootstrap).`, 'start-command');
  }
  const envRaw = source('environment') ?? '';
  const portRaw = get(source, 'port');
  return {
    target,
    workingDirectory,
    requirements: requirementsInput ? path.resolve(workingDirectory, requirementsInput) : undefined,
    requirementsInput,
    extras: splitList(get(source, 'extras'), /[\s,]+/),
    groups: splitList(get(source, 'groups'), /[\s,]+/),
    pythonVersion,
    runtime,
    sYaml: sYamlRaw === 'none' ? null : sYamlRaw || undefined,
    functionName: get(source, 'function') || undefined,
    startCommand,
    environment: envRaw.trim() ? parseEnvironment(envRaw) : undefined,
    indexUrl,
    extraIndexUrls,
    pipArgs,
    buildSdists: parseBoolean('build-sdists', get(source, 'build-sdists')),
    buildImage: get(source, 'build-image') || undefined,
    outputDir,
    verify,
    verifyImage,
    verifyImports,
    workspace: ctx.cwd,
    exclude: splitLines(source('exclude') ?? ''),
    includeDeps: parseBoolean('include-deps', get(source, 'include-deps')),
    bootstrap: bootstrapRaw === 'none' ? null : bootstrapRaw ? bootstrapRaw.replace(/^\.\//, '') : undefined,
    convertCrlf: parseBoolean('convert-crlf', get(source, 'convert-crlf')),
    smokeTest: smokeRaw ? parseBoolean('smoke-test', smokeRaw) : undefined,
    smokePath: parseSmokePath(get(source, 'smoke-path')),
    smokeTimeout: parseIntInput('smoke-timeout', get(source, 'smoke-timeout'), 1, 600),
    port: portRaw ? parseIntInput('port', portRaw, 1, 65535) : undefined,
    dockerfile: path.resolve(workingDirectory, get(source, 'dockerfile')),
    dockerfileInput: get(source, 'dockerfile'),
    image: parseImageRef(get(source, 'image') || defaultImageName(ctx.env, workingDirectory)),
    buildArgs: parseBuildArgs(source('build-args') ?? ''),
    baseImage: get(source, 'base-image') ? parseImageInput(get(source, 'base-image'), 'base-image') : undefined,
    imageCompression: parseCompression(get(source, 'image-compression')),
    cache: parseBoolean('cache', get(source, 'cache')),
    cacheKeyPrefix: parseCacheKeyPrefix(get(source, 'cache-key-prefix')),
    upload: parseBoolean('upload', get(source, 'upload')),
    artifactName: get(source, 'artifact-name') ? parseArtifactName(get(source, 'artifact-name')) : undefined,
    retentionDays: parseRetentionDays(get(source, 'retention-days')),
    deploy: parseDeployInputs((name) => get(source, name)),
  };
}
