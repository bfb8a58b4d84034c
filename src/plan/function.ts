/**
 * Owns what the function is on FC, decided once from the inputs and Serverless Devs' s.yaml: the
 * runtime, the port, how it starts (its bootstrap, or customRuntimeConfig's command and args, or
 * start-command), its environment variables, its layers and its code folder. An input given
 * explicitly wins over s.yaml, with a notice when they disagree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../shared/errors.js';
import { shownPath } from '../shared/paths.js';
import { SYamlResolver, fc3Keys, readSYaml, type SYaml } from '../formats/s-yaml.js';
import type { Inputs } from '../inputs/inputs.js';
import { isRuntimeName, type RuntimeName } from './runtimes.js';

export const DEFAULT_RUNTIME: RuntimeName = 'custom.debian10';
export const DEFAULT_PORT = 9000;
export const DEFAULT_BOOTSTRAP = 'bootstrap';

/** How FC starts the function. */
export type FunctionStart =
  /** FC execs /code/<file>. `explicit`: the bootstrap input (or s.yaml's command) names it. */
  | { kind: 'bootstrap'; file: string; explicit: boolean }
  /** FC runs this command and its args in /code. */
  | { kind: 'command'; argv: string[]; from: 's.yaml' | 'start-command'; shown: string }
  /** bootstrap: none, and no command: the start is unknown. */
  | { kind: 'none' };

export interface FunctionConfig {
  /** The s.yaml the function comes from, when there is one. */
  sYaml?: { file: string; shown: string; key: string; functionName?: string; region?: string };
  /** The function's code folder (absolute): what function.zip holds. */
  codeDir: string;
  runtime: RuntimeName;
  port: number;
  start: FunctionStart;
  /** The function's environment variables, exactly as FC sets them; undefined: none given. */
  environment?: { vars: Record<string, string>; from: string };
  /** Layer ARNs the function has (s.yaml's layers). */
  layers: string[];
  /** Things to say before the build (an input that overrides s.yaml, where the code folder is). */
  notices: { input: string; message: string }[];
}

/** The inputs that say what the function is (the doctor gives the same from its flags). */
export type FunctionInputs = Pick<Inputs, 'workingDirectory' | 'workspace' | 'sYaml' | 'functionName' | 'startCommand' | 'bootstrap' | 'runtime' | 'port' | 'environment' | 'target'>;

const exists = (p: string) => fs.existsSync(p);

/** s.yaml or s.yml in `dir`, if any. */
function sYamlIn(dir: string): string | undefined {
  return ['s.yaml', 's.yml'].map((n) => path.join(dir, n)).find(exists);
}

/** The code folder a resource's `code` names (relative to s.yaml), when it names a folder. */
function codeOf(r: SYamlResolver, key: string): string | undefined {
  const code = r.prop(key, ['code']);
  if (typeof code === 'string') return path.resolve(r.s.dir, code);
  if (code && typeof code === 'object' && typeof (code as { src?: unknown }).src === 'string') return path.resolve(r.s.dir, (code as { src: string }).src);
  return undefined;
}

/** Picks the function to build: by the function input, else the only one, else the one whose code is working-directory. */
function pickFunction(r: SYamlResolver, wanted: string | undefined, wd: string, auto: boolean): string | undefined {
  const keys = fc3Keys(r.s);
  const name = (k: string) => {
    try {
      const n = r.prop(k, ['functionName']);
      return typeof n === 'string' ? n : undefined;
    } catch {
      return undefined;
    }
  };
  const list = () => keys.map((k) => (name(k) && name(k) !== k ? `${k} (${name(k)})` : k)).join(', ');
  if (!keys.length) {
    const others = Object.entries(r.s.resources).map(([k, v]) => `${k}: ${v.component || '?'}`);
    throw new UserError(`${r.s.shown} has no fc3 function among its resources${others.length ? ` (${others.join(', ')})` : ''}. Point s-yaml at the file of the FC function, or set s-yaml: none.`, 's-yaml');
  }
  if (wanted) {
    const k = keys.find((x) => x === wanted) ?? keys.find((x) => name(x) === wanted);
    if (!k) throw new UserError(`Input function: ${r.s.shown} has no function ${wanted}; it has ${list()}.`, 'function');
    return k;
  }
  if (keys.length === 1) return keys[0];
  const here = keys.filter((k) => codeOf(r, k) === wd);
  if (here.length === 1) return here[0];
  if (auto && !here.length) return undefined;
  throw new UserError(`${r.s.shown} has ${keys.length} functions: ${list()}. Set the function input to the one to build.`, 'function');
}

/** The s.yaml to read and the function in it, found as the s-yaml input says. */
function findFunction(inputs: FunctionInputs, env: NodeJS.ProcessEnv): { r: SYamlResolver; key: string } | undefined {
  const wd = inputs.workingDirectory;
  if (inputs.sYaml === null) return undefined;
  const show = (p: string) => shownPath(inputs.workspace, p);
  if (inputs.sYaml) {
    const file = path.resolve(wd, inputs.sYaml);
    if (!exists(file)) throw new UserError(`Input s-yaml: ${show(file)} does not exist (s-yaml is relative to working-directory).`, 's-yaml');
    const r = new SYamlResolver(readSYaml(file, show(file)), env);
    return { r, key: pickFunction(r, inputs.functionName, wd, false)! };
  }
  const here = sYamlIn(wd);
  if (here) {
    const r = new SYamlResolver(readSYaml(here, show(here)), env);
    return { r, key: pickFunction(r, inputs.functionName, wd, false)! };
  }
  // working-directory may be the code folder an s.yaml in its parent names.
  const parent = sYamlIn(path.dirname(wd));
  if (parent) {
    let s: SYaml;
    try {
      s = readSYaml(parent, show(parent));
    } catch (e) {
      if (inputs.functionName) throw e;
      return undefined; // not ours to judge: it is not the function's file unless its code points here
    }
    const r = new SYamlResolver(s, env);
    if (!fc3Keys(s).some((k) => codeOf(r, k) === wd)) return undefined;
    const key = pickFunction(r, inputs.functionName, wd, true);
    if (key && codeOf(r, key) === wd) return { r, key };
  }
  if (inputs.functionName) throw new UserError(`Input function (${inputs.functionName}) picks a function of s.yaml, but there is no s.yaml in working-directory (nor one in its parent whose code is working-directory). Set s-yaml.`, 'function');
  return undefined;
}

const asStringList = (v: unknown, field: string, shown: string): string[] => {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.map(String);
  throw new UserError(`${shown}: ${field} must be a list of strings.`, 's-yaml');
};

/** What the function is, from the inputs and s.yaml. Reads s.yaml; writes nothing. */
export function functionConfig(inputs: FunctionInputs, env: NodeJS.ProcessEnv): FunctionConfig {
  const found = findFunction(inputs, env);
  const notices: FunctionConfig['notices'] = [];
  const wd = inputs.workingDirectory;
  if (!found) {
    const start: FunctionStart = inputs.startCommand
      ? { kind: 'command', argv: inputs.startCommand, from: 'start-command', shown: 'start-command' }
      : inputs.bootstrap === null
        ? { kind: 'none' }
        : { kind: 'bootstrap', file: inputs.bootstrap ?? DEFAULT_BOOTSTRAP, explicit: inputs.bootstrap !== undefined };
    return {
      codeDir: wd,
      runtime: inputs.runtime ?? DEFAULT_RUNTIME,
      port: inputs.port ?? DEFAULT_PORT,
      start,
      environment: inputs.environment ? { vars: inputs.environment, from: 'environment' } : undefined,
      layers: [],
      notices,
    };
  }
  const { r, key } = found;
  const s = r.s;
  const field = (...parts: string[]) => r.prop(key, parts);
  const fname = field('functionName');
  const functionName = typeof fname === 'string' ? fname : undefined;
  // Only a deploy needs the region: a variable in it that cannot be resolved is not a build error.
  let region: string | undefined;
  try {
    const y = field('region');
    region = typeof y === 'string' && y ? y : undefined;
  } catch {
    region = undefined;
  }
  const disagree = (input: string, given: string, fromFile: string) =>
    notices.push({ input, message: `Input ${input} (${given}) differs from ${s.shown}'s ${fromFile}: building with ${given}, as the input says. The deployed function uses what s.yaml says: make them agree.` });

  // The code folder.
  const codeDir = codeOf(r, key) ?? wd;
  if (!fs.existsSync(codeDir) || !fs.statSync(codeDir).isDirectory()) {
    throw new UserError(`${s.shown}: resources.${key}.props.code is ${path.relative(s.dir, codeDir) || '.'}, which is not a folder. Point code at the function's source folder.`, 's-yaml');
  }
  if (codeDir !== wd && path.dirname(s.file) === wd) notices.push({ input: 's-yaml', message: `${s.shown}: the function's code is ${shownPath(inputs.workspace, codeDir)} (its code field).` });

  // Runtime.
  const rt = field('runtime');
  let runtime: RuntimeName;
  if (inputs.runtime) {
    runtime = inputs.runtime;
    if (typeof rt === 'string' && rt !== runtime) disagree('runtime', runtime, `runtime (${rt})`);
  } else if (rt === undefined) {
    runtime = DEFAULT_RUNTIME;
  } else if (typeof rt === 'string' && isRuntimeName(rt)) {
    runtime = rt;
  } else if (rt === 'custom-container' && inputs.target === 'image') {
    runtime = DEFAULT_RUNTIME;
  } else {
    throw new UserError(
      `${s.shown}: resources.${key}.props.runtime is ${String(rt)}; fc-python-pack builds for FC's custom runtimes (custom.debian10, custom.debian11, custom.debian12)${rt === 'custom-container' ? ' and images (target image)' : ''}. Use one of them in s.yaml, or set the runtime input.`,
      'runtime',
    );
  }

  // Port and start.
  const crc = field('customRuntimeConfig') as Record<string, unknown> | undefined;
  const yPort = crc && crc.port !== undefined ? Number(crc.port) : undefined;
  if (yPort !== undefined && !(Number.isInteger(yPort) && yPort >= 1 && yPort <= 65535)) {
    throw new UserError(`${s.shown}: resources.${key}.props.customRuntimeConfig.port must be a port number (1 to 65535); got ${String(crc!.port)}.`, 's-yaml');
  }
  const port = inputs.port ?? yPort ?? DEFAULT_PORT;
  if (inputs.port !== undefined && yPort !== undefined && yPort !== inputs.port) disagree('port', String(inputs.port), `customRuntimeConfig.port (${yPort})`);
  const argv = [...asStringList(crc?.command, 'customRuntimeConfig.command', s.shown), ...asStringList(crc?.args, 'customRuntimeConfig.args', s.shown)];
  const yStart: FunctionStart | undefined = argv.length ? { kind: 'command', argv, from: 's.yaml', shown: `${s.shown} (customRuntimeConfig)` } : undefined;
  let start: FunctionStart;
  if (inputs.startCommand) {
    start = { kind: 'command', argv: inputs.startCommand, from: 'start-command', shown: 'start-command' };
    if (yStart && yStart.argv.join(' ') !== inputs.startCommand.join(' ')) disagree('start-command', inputs.startCommand.join(' '), `customRuntimeConfig command (${argv.join(' ')})`);
  } else if (typeof inputs.bootstrap === 'string') {
    start = { kind: 'bootstrap', file: inputs.bootstrap, explicit: true };
    if (yStart) disagree('bootstrap', inputs.bootstrap, `customRuntimeConfig command (${argv.join(' ')})`);
  } else if (yStart) {
    // A command that is the bootstrap itself (/code/bootstrap, ./bootstrap) is checked as one.
    const only = argv.length === 1 ? path.posix.resolve('/code', argv[0]!) : undefined;
    const file = only?.startsWith('/code/') ? only.slice('/code/'.length) : undefined;
    start = file && exists(path.join(codeDir, file)) ? { kind: 'bootstrap', file, explicit: true } : yStart;
  } else {
    start = inputs.bootstrap === null ? { kind: 'none' } : { kind: 'bootstrap', file: DEFAULT_BOOTSTRAP, explicit: false };
  }

  // Environment.
  const yEnvRaw = field('environmentVariables');
  if (yEnvRaw !== undefined && (typeof yEnvRaw !== 'object' || yEnvRaw === null || Array.isArray(yEnvRaw))) {
    throw new UserError(`${s.shown}: resources.${key}.props.environmentVariables must be a mapping of NAME: value.`, 's-yaml');
  }
  const yEnv = yEnvRaw ? Object.fromEntries(Object.entries(yEnvRaw as Record<string, unknown>).map(([k, v]) => [k, v === null ? '' : String(v)])) : undefined;
  let environment: FunctionConfig['environment'];
  if (inputs.environment) {
    environment = { vars: inputs.environment, from: 'environment' };
    if (yEnv && JSON.stringify(yEnv) !== JSON.stringify(inputs.environment)) disagree('environment', 'its variables', 'environmentVariables');
  } else if (yEnv) {
    environment = { vars: yEnv, from: `${s.shown} (environmentVariables)` };
  }

  const layers = asStringList(field('layers'), 'layers', s.shown);
  return { sYaml: { file: s.file, shown: s.shown, key, functionName, region }, codeDir, runtime, port, start, environment, layers, notices };
}
