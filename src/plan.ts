/**
 * Stage 2: turn validated inputs into a plan — what will be built where, with which
 * pip arguments. Pure functions only; nothing here touches the disk but the checks
 * that inputs point at real files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from './errors.js';
import type { Inputs, Target } from './inputs.js';
import { RUNTIMES, describePythons, fullPythonVersion, shippedPython } from './runtimes.js';

export interface Plan {
  inputs: Inputs;
  target: Target;
  /** The glibc the runtime ships, e.g. "2.28". */
  glibc: string;
  /** The exact Python release markers are evaluated for, e.g. "3.10.9" (FC's own, when the runtime ships it). */
  pythonFullVersion: string;
  /** Things the user should know before the build starts (logged as warnings). */
  warnings: string[];
  /** pip --platform tags, most specific first. */
  platforms: string[];
  /** Arguments after `python -m pip install --target <dir>`. */
  pipInstallArgs: string[];
  /** File name of the artifact, e.g. layer.zip. */
  artifactName: string;
  /** Where the finished artifact lands. */
  artifactPath: string;
  /** Whether requirements are installed at all. */
  installDeps: boolean;
}

/**
 * Every manylinux tag a wheel may carry and still run on a glibc of `glibc`, x86_64.
 * pip does not expand manylinux_2_28 to older tags by itself, so we list them all:
 * manylinux_2_X down to 2_17 (= manylinux2014), 2_12 (= manylinux2010), 2_5 (= manylinux1).
 */
export function platformTags(glibc: string, arch = 'x86_64'): string[] {
  const [major, minor] = glibc.split('.').map(Number) as [number, number];
  if (major !== 2 || !Number.isInteger(minor)) throw new Error(`bad glibc version ${glibc}`);
  const tags: string[] = [];
  for (let m = minor; m >= 5; m--) {
    if (m < 17 && m !== 12 && m !== 5) continue;
    tags.push(`manylinux_2_${m}_${arch}`);
    if (m === 17) tags.push(`manylinux2014_${arch}`);
    if (m === 12) tags.push(`manylinux2010_${arch}`);
    if (m === 5) tags.push(`manylinux1_${arch}`);
  }
  return tags;
}

/**
 * `pythonFullVersion` (FC's own release, e.g. 3.10.9) goes to --python-version: wheel tags follow
 * its MAJOR.MINOR, and Requires-Python is checked against the whole of it (3.10 alone means 3.10.0).
 */
export function pipInstallArgs(inputs: Inputs, platforms: string[], pythonFullVersion = inputs.pythonVersion): string[] {
  const args = [
    '-r',
    inputs.requirements,
    '--only-binary=:all:',
    '--implementation',
    'cp',
    '--python-version',
    pythonFullVersion,
    ...platforms.flatMap((p) => ['--platform', p]),
    '--no-compile',
    '--no-input',
    '--disable-pip-version-check',
    '--progress-bar',
    'off',
    '--no-warn-script-location',
  ];
  if (inputs.indexUrl) args.push('--index-url', inputs.indexUrl);
  for (const u of inputs.extraIndexUrls) args.push('--extra-index-url', u);
  args.push(...inputs.pipArgs);
  return args;
}

const ARTIFACT_NAMES: Record<Target, string> = {
  layer: 'layer.zip',
  code: 'function.zip',
  image: 'image.tar',
};

/** my-api:1.0 → my-api-1.0.tar: the saved image's file name. */
export function imageTarName(image: string, compression: 'none' | 'gzip'): string {
  return `${image.replace(/[/:@]+/g, '-')}.tar${compression === 'gzip' ? '.gz' : ''}`;
}

export function makePlan(inputs: Inputs): Plan {
  const wd = inputs.workingDirectory;
  if (!fs.existsSync(wd) || !fs.statSync(wd).isDirectory()) {
    throw new UserError(
      `Input working-directory: ${wd} is not a folder. Point it at the backend folder (the one with ${inputs.requirementsInput}).`,
      'working-directory',
    );
  }
  const hasRequirements = fs.existsSync(inputs.requirements) && fs.statSync(inputs.requirements).isFile();
  const generatedDockerfile = inputs.target === 'image' && !fs.existsSync(inputs.dockerfile);
  const installDeps = inputs.target === 'layer' || (hasRequirements && (inputs.target === 'code' || generatedDockerfile));
  if (inputs.target === 'layer' && !hasRequirements) {
    throw new UserError(
      `Input requirements: ${inputs.requirements} does not exist. A layer is built from a requirements file: create it (pip freeze > requirements.txt) or set requirements to its path relative to working-directory.`,
      'requirements',
    );
  }
  const glibc = RUNTIMES[inputs.runtime].glibc;
  const warnings: string[] = [];
  // An image brings its own Python; code and layers run on the runtime's.
  if (inputs.target !== 'image' && !shippedPython(inputs.runtime, inputs.pythonVersion)) {
    warnings.push(
      `Input python-version ${inputs.pythonVersion}: ${inputs.runtime} does not ship Python ${inputs.pythonVersion} (it has ${describePythons(inputs.runtime)}). ` +
        `The function must bring its own Python ${inputs.pythonVersion} (an image, or an interpreter in a layer) and start with it; otherwise leave python-version unset to build for the runtime's Python.`,
    );
  }
  const platforms = platformTags(glibc);
  const pythonFullVersion = fullPythonVersion(inputs.runtime, inputs.pythonVersion);
  const artifactName =
    inputs.target === 'image' ? imageTarName(inputs.image, inputs.imageCompression) : ARTIFACT_NAMES[inputs.target];
  return {
    inputs,
    target: inputs.target,
    glibc,
    pythonFullVersion,
    warnings,
    platforms,
    pipInstallArgs: pipInstallArgs(inputs, platforms, pythonFullVersion),
    artifactName,
    artifactPath: path.join(inputs.outputDir, artifactName),
    installDeps,
  };
}
