/**
 * Owns every build decision: turns validated inputs into a Plan, one discriminated union per
 * target, that the stages read instead of the inputs. Pure but for the checks that inputs
 * point at real files (the one place that asks "is there a requirements file / a Dockerfile?").
 */
import { shownPath } from '../shared/paths.js';
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../shared/errors.js';
import type { Inputs, Target } from '../inputs/inputs.js';
import { depsFolder, depsPlan, type DepsPlan } from './deps.js';
import { functionConfig } from './function.js';
import { deployPlan, type DeployPlan } from './deploy.js';
import { decideRun, withStart, type RunPlan } from './run.js';
import { importSpec, type ImportSpec } from './imports.js';
import { targetMarkerEnvironment } from './pip.js';
import { platformTags } from './platform.js';
import { checkRequiresPython } from './python-check.js';
import { RUNTIMES, defaultPython, describePythons, fullPythonVersion, runtimeBuildFallbackImage, runtimeVerifyImage, shippedPython, type RuntimeName } from './runtimes.js';

export { platformTags } from './platform.js';
export type { RunPlan } from './run.js';
export type { DeployPlan } from './deploy.js';
export type { DepsPlan, DepsSource, SdistBuildPlan } from './deps.js';

/** FC's code folder. */
export const CODE_DIR = '/code';
/** Where a layer's python/ lands on FC. */
export const LAYER_PYTHON_DIR = '/opt/python';

export interface VerifyPlan {
  /** The image verify (and the smoke test, for code) runs in. */
  image: string;
  /** What to import: verify-imports, or the distributions the requirements name (plan/imports.ts). */
  imports: ImportSpec;
  pythonVersion: string;
  /** The requirements file as given, for messages. */
  requirementsShown: string;
  /** code and layer: the FC runtime whose base system the image stands in for, and the image that matches it (absent for an image: it is the artifact). */
  standsInFor?: { runtime: RuntimeName; image: string };
}

export interface SmokePlan {
  port: number;
  path: string;
  timeoutSec: number;
}

export interface BootstrapPlan {
  /** Relative to working-directory. */
  file: string;
  convertCrlf: boolean;
}

/** What the doctor checks the finished artifact against. */
export interface DoctorPlan {
  kind: Target;
  pythonVersion: string;
  runtime: RuntimeName;
  port: number;
  /** undefined: the function has another start command. */
  bootstrap?: string;
  /** The function's start command (s.yaml's, or start-command), when it has no bootstrap. */
  startCommand?: string[];
  /** The function's environment variables, when known (s.yaml's, or environment). */
  environment?: Record<string, string>;
  /** Layers s.yaml gives the function (ARNs): modules from an official one cannot be checked. */
  layerArns?: string[];
}

export type UploadPlan = { upload: true; name: string; retentionDays?: number } | { upload: false; skipped: string };

interface PlanBase {
  workspace: string;
  workingDirectory: string;
  runtime: RuntimeName;
  pythonVersion: string;
  /** The exact Python release pip builds for and markers see, e.g. "3.10.9" (FC's own, when the runtime ships it). */
  pythonFullVersion: string;
  /** Things the user should know before the build starts (logged as warnings, titled by their input). */
  warnings: { input: string; message: string }[];
  /** Things worth a notice before the build starts (an input overriding s.yaml, where the deps go). */
  notices: { input: string; message: string }[];
  /** The s.yaml the function comes from (its file, shown path and resource key), when there is one. */
  sYaml?: { file: string; shown: string; key: string; functionName?: string; region?: string };
  /** The glibc the runtime ships, e.g. "2.28". */
  glibc: string;
  /** pip --platform tags, most specific first. */
  platforms: string[];
  port: number;
  /** File name of the artifact, e.g. layer.zip. */
  artifactName: string;
  /** Where the finished artifact lands. */
  artifactPath: string;
  outputDir: string;
  /** The requirements to install; undefined: nothing is installed. */
  install?: DepsPlan;
  /** undefined: verify is off. */
  verify?: VerifyPlan;
  /** undefined: caching is off. */
  cache?: { prefix: string };
  upload: UploadPlan;
  doctor: DoctorPlan;
  /** undefined: no deploy (plan/deploy.ts). */
  deploy?: DeployPlan;
}

export interface SelectPlan {
  exclude: string[];
  /** Absolute folders never taken (the output folder). */
  skipAbsolute: string[];
}

export interface LayerPlan extends PlanBase {
  target: 'layer';
  install: DepsPlan;
  /** The function that uses the layer, when working-directory holds its code and start: verify runs its imports with the code at /code. */
  run?: RunPlan;
}

export interface CodePlan extends PlanBase {
  target: 'code';
  select: SelectPlan;
  /** zip: vendored under python/ (/code/python); layer: shipped apart, installed only to verify with; none: no requirements. */
  depsIn: 'zip' | 'layer' | 'none';
  bootstrap?: BootstrapPlan;
  /** How FC runs the function (undefined: bootstrap none and no command): what verify and the smoke test run. */
  run?: RunPlan;
  /** depsIn zip: where the deps go in function.zip: python/ (/code/python on PYTHONPATH), or the top, beside the code. */
  depsPrefix: 'python/' | '';
  /** Folders the bootstrap must put on PYTHONPATH. */
  depsDirs: string[];
  /** undefined: no smoke test (off, no bootstrap, or no verify). */
  smoke?: SmokePlan;
}

export type DockerfilePlan =
  | { kind: 'given'; path: string; /** relative to the workspace, for messages */ shown: string; /** relative to working-directory */ rel: string }
  | {
      kind: 'generated';
      baseImage: string;
      /** What its CMD runs: the bootstrap, or the function's start command (s.yaml's, or start-command). */
      start: BootstrapPlan | { command: string[] };
      /** the input's value, for messages */ missing: string;
    };

export interface ImagePlan extends PlanBase {
  target: 'image';
  select: SelectPlan;
  /** The tag to build. */
  tag: string;
  compression: 'none' | 'gzip';
  dockerfile: DockerfilePlan;
  buildArgs: [string, string][];
  /** Index URLs a given Dockerfile may receive as PIP_INDEX_URL / PIP_EXTRA_INDEX_URL build args. */
  index: { url?: string; extra: string[] };
  smoke?: SmokePlan;
}

export type Plan = LayerPlan | CodePlan | ImagePlan;

const ARTIFACT_NAMES: Record<Target, string> = {
  layer: 'layer.zip',
  code: 'function.zip',
  image: 'image.tar',
};

/** my-api:1.0 → my-api-1.0.tar: the saved image's file name. */
export function imageTarName(image: string, compression: 'none' | 'gzip'): string {
  return `${image.replace(/[/:@]+/g, '-')}.tar${compression === 'gzip' ? '.gz' : ''}`;
}

/** `<target>-<short sha>`: layer-0123456; `<target>-local` outside a workflow. */
export function defaultArtifactName(target: Target, env: NodeJS.ProcessEnv = process.env): string {
  return `${target}-${env.GITHUB_SHA ? env.GITHUB_SHA.slice(0, 7) : 'local'}`;
}

const isFile = (p: string): boolean => {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
};

/** output-dir, or the first of its parents that exists, must be a folder (else mkdir fails with a raw EEXIST/ENOTDIR). */
function checkOutputDir(dir: string): void {
  let p = dir;
  while (!fs.existsSync(p) && path.dirname(p) !== p) p = path.dirname(p);
  if (fs.existsSync(p) && !fs.statSync(p).isDirectory()) {
    const what = p === dir ? `${dir} is an existing file` : `${p}, on the way to ${dir}, is a file`;
    throw new UserError(`Input output-dir: ${what}, not a folder. Set output-dir to a folder (it is created when missing), e.g. out.`, 'output-dir');
  }
}

export function makePlan(given: Inputs, env: NodeJS.ProcessEnv = process.env): Plan {
  if (!fs.existsSync(given.workingDirectory) || !fs.statSync(given.workingDirectory).isDirectory()) {
    throw new UserError(
      `Input working-directory: ${given.workingDirectory} is not a folder. Point it at the backend folder (the one with ${given.requirementsInput || 'the dependency file'}).`,
      'working-directory',
    );
  }
  checkOutputDir(given.outputDir);
  // What the function is: s.yaml's, with the inputs given explicitly winning.
  const fn = functionConfig(given, env);
  const inputs = { ...given, runtime: fn.runtime, port: fn.port };
  const wd = fn.codeDir;
  const glibc = RUNTIMES[inputs.runtime].glibc;
  const platforms = platformTags(glibc);
  const artifactName = inputs.target === 'image' ? imageTarName(inputs.image, inputs.imageCompression) : ARTIFACT_NAMES[inputs.target];
  // Without python-version: the runtime's own Python, and verify in the runtime's Debian with it.
  const pythonVersion = inputs.pythonVersion ?? defaultPython(inputs.runtime).version;
  const verifyImage = inputs.verifyImage ?? runtimeVerifyImage(inputs.runtime, pythonVersion);
  const pythonFullVersion = fullPythonVersion(inputs.runtime, pythonVersion);
  const warnings: { input: string; message: string }[] = [];
  // An image brings its own Python; code and layers run on the runtime's.
  if (inputs.target !== 'image' && !shippedPython(inputs.runtime, pythonVersion)) {
    warnings.push({
      input: 'python-version',
      message:
        `Input python-version ${pythonVersion}: ${inputs.runtime} does not ship Python ${pythonVersion} (it has ${describePythons(inputs.runtime)}). ` +
        `The function must bring its own Python ${pythonVersion} (an image, or an interpreter in a layer) and start with it; otherwise leave python-version unset to build for the runtime's Python.`,
    });
  }
  // A given Dockerfile installs what it wants itself: its dependency file is not read.
  const ownDockerfile = inputs.target === 'image' && isFile(inputs.dockerfile);
  const deps = ownDockerfile
    ? undefined
    : depsPlan(
        {
          workingDirectory: depsFolder(given.workingDirectory, given.requirementsInput, wd),
          requirements: inputs.requirementsInput || undefined,
          extras: inputs.extras,
          groups: inputs.groups,
          pythonFullVersion,
          platforms,
          indexUrl: inputs.indexUrl,
          extraIndexUrls: inputs.extraIndexUrls,
          pipArgs: inputs.pipArgs,
          build: inputs.buildSdists
            ? {
                image: inputs.buildImage ?? RUNTIMES[inputs.runtime].buildImage,
                imageGiven: inputs.buildImage !== undefined,
                fallbackImage: runtimeBuildFallbackImage(inputs.runtime, pythonVersion),
                runtime: inputs.runtime,
                pythonVersion,
                pythonFullVersion,
                platforms,
                pythonHome: shippedPython(inputs.runtime, pythonVersion)?.home,
              }
            : undefined,
        },
        inputs.target !== 'layer',
      );
  // The project's and its lock's requires-python against the Python built for: one early error.
  if (!ownDockerfile) {
    const lock = deps?.source.kind === 'dependency-file' ? deps.source.path : undefined;
    const files = [path.join(wd, 'pyproject.toml'), ...(lock ? [lock, path.join(path.dirname(lock), 'pyproject.toml')] : [])];
    checkRequiresPython(files, { runtime: inputs.runtime, pythonFullVersion }, inputs.workspace);
  }
  const hasRequirements = deps !== undefined;
  const givenRequirements = [inputs.requirements, path.join(wd, 'requirements.txt')].find((f) => f && isFile(f));
  const bootstrap = fn.start.kind === 'bootstrap' ? { file: fn.start.file, convertCrlf: inputs.convertCrlf } : undefined;
  /** The verify plan once the target knows whether it installs the requirements. */
  const verifyFor = (installs: boolean, image = verifyImage, standsIn = true): VerifyPlan | undefined =>
    inputs.verify
      ? {
          image,
          imports: importSpec({
            verifyImports: inputs.verifyImports,
            // A given Dockerfile installs on its own: its requirements.txt, if any, names what to look for.
            requirements: deps?.source.kind === 'requirements-file' ? deps.source.path : ownDockerfile ? givenRequirements : undefined,
            named: deps?.source.kind === 'dependency-file' ? deps.source.named : undefined,
            installs,
            markers: deps?.pip.markers ?? targetMarkerEnvironment(pythonFullVersion),
          }),
          pythonVersion,
          requirementsShown: deps?.source.shown ?? inputs.requirementsInput,
          ...(standsIn ? { standsInFor: { runtime: inputs.runtime, image: runtimeVerifyImage(inputs.runtime, pythonVersion) } } : {}),
        }
      : undefined;
  const verify = verifyFor(hasRequirements);
  const smoke = { port: inputs.port, path: inputs.smokePath, timeoutSec: inputs.smokeTimeout };
  const base = {
    workspace: inputs.workspace,
    workingDirectory: wd,
    runtime: inputs.runtime,
    pythonVersion,
    pythonFullVersion,
    warnings,
    notices: fn.notices,
    sYaml: fn.sYaml,
    glibc,
    platforms,
    port: inputs.port,
    artifactName,
    artifactPath: path.join(inputs.outputDir, artifactName),
    outputDir: inputs.outputDir,
    verify,
    cache: inputs.cache ? { prefix: inputs.cacheKeyPrefix } : undefined,
    upload: inputs.upload
      ? { upload: true as const, name: inputs.artifactName ?? defaultArtifactName(inputs.target, env), retentionDays: inputs.retentionDays }
      : { upload: false as const, skipped: 'upload: false' },
    deploy: deployPlan(inputs.deploy, inputs.target, fn, inputs.target === 'image' ? inputs.image : undefined, fn.notices),
    doctor: {
      kind: inputs.target,
      pythonVersion,
      runtime: inputs.runtime,
      port: inputs.port,
      bootstrap: bootstrap?.file,
      startCommand: fn.start.kind === 'command' ? fn.start.argv : undefined,
      environment: fn.environment?.vars,
      layerArns: fn.layers,
    },
  };
  const select = { exclude: inputs.exclude, skipAbsolute: [inputs.outputDir] };

  switch (inputs.target) {
    case 'layer': {
      // Not optional for a layer: loading threw already when there is no dependency file.
      const d = decideRun(fn, 'layer', 'layer', pythonVersion, inputs.verify);
      return { ...base, target: 'layer', install: deps!, run: d.run, verify: withStart(verify, d), notices: [...fn.notices, ...d.notices.map((message) => ({ input: 'target', message }))] };
    }
    case 'code': {
      if (fn.start.kind === 'none' && inputs.smokeTest) {
        throw new UserError('Input smoke-test: true needs a start (bootstrap is none and no start command is given).', 'smoke-test');
      }
      const depsIn = !deps ? 'none' : inputs.includeDeps ? 'zip' : 'layer';
      const d = decideRun(fn, 'code', depsIn, pythonVersion, inputs.verify);
      const depsDir = depsIn === 'zip' ? (d.depsPrefix ? `${CODE_DIR}/python` : '') : depsIn === 'layer' ? LAYER_PYTHON_DIR : '';
      return {
        ...base,
        target: 'code',
        select,
        notices: [...fn.notices, ...d.notices.map((message) => ({ input: 'include-deps', message }))],
        // In function.zip; as a layer, only for verify, which mounts them as a tree.
        install: depsIn === 'zip' || (depsIn === 'layer' && verify) ? deps : undefined,
        depsIn,
        bootstrap,
        verify: withStart(verify, d),
        run: d.run,
        depsPrefix: d.depsPrefix,
        depsDirs: depsDir ? [depsDir] : [],
        smoke: d.run && verify && (inputs.smokeTest ?? true) ? smoke : undefined,
      };
    }
    case 'image': {
      // One answer to "is there a Dockerfile?": a file. A folder named Dockerfile is not one.
      const given = isFile(inputs.dockerfile);
      if (!given && fn.start.kind === 'none') {
        throw new UserError(
          `There is no ${inputs.dockerfileInput} in working-directory, bootstrap is none and no start command is given: the generated image would have nothing to start. Add a Dockerfile, a bootstrap, or a start-command.`,
          'dockerfile',
        );
      }
      const dockerfile: DockerfilePlan = given
        ? { kind: 'given', path: inputs.dockerfile, shown: shownPath(inputs.workspace, inputs.dockerfile), rel: path.relative(wd, inputs.dockerfile) }
        : { kind: 'generated', baseImage: inputs.baseImage ?? verifyImage, start: fn.start.kind === 'command' ? { command: fn.start.argv } : bootstrap!, missing: inputs.dockerfileInput };
      // The generated image runs the function's start: its server and entry module are imported in it.
      const started = given ? undefined : decideRun(fn, 'image', 'none', pythonVersion, inputs.verify);
      return {
        ...base,
        target: 'image',
        select,
        // A given Dockerfile installs what it wants itself.
        install: given ? undefined : deps,
        tag: inputs.image,
        compression: inputs.imageCompression,
        dockerfile,
        buildArgs: inputs.buildArgs,
        index: { url: inputs.indexUrl, extra: inputs.extraIndexUrls },
        smoke: verify && (inputs.smokeTest ?? true) ? smoke : undefined,
        // The image's own Dockerfile installs what it wants: its requirements are looked for, not required.
        verify: started ? withStart(verifyFor(!given && hasRequirements, inputs.image, false), started) : verifyFor(!given && hasRequirements, inputs.image, false),
      };
    }
  }
}
