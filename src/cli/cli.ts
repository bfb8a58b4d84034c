#!/usr/bin/env node
/**
 * The command-line front end. Its flags are the action's inputs (`--python-version 3.11`
 * for `python-version: '3.11'`), so a workflow step and a local run behave the same.
 */
import { parseArgs } from 'node:util';
import { cleanUpOnSignals } from '../shared/cancel.js';
import { errorMessage, isUserError } from '../shared/errors.js';
import { doctorExitCode, formatReport, runDoctor } from '../doctor/doctor.js';
import { explain } from '../doctor/explain.js';
import fs from 'node:fs';
import path from 'node:path';
import { deploy, deployOutputs } from '../publish/deploy/deploy.js';
import { INPUT_SPECS, parseEnvironment, parseInputs, parseIntInput, parsePythonVersion, parseRuntime, splitArgs } from '../inputs/inputs.js';
import { functionConfig } from '../plan/function.js';
import { defaultPython } from '../plan/runtimes.js';
import type { Annotation, Log } from '../shared/log.js';
import { makePlan } from '../plan/plan.js';
import { build } from '../pipeline/build.js';
import { outputsOf, publish, summaryLines } from '../publish/publish.js';

const VERSION = '1.0.0';

function where(w?: Annotation): string {
  return w?.file ? ` (${w.file}${w.line ? `:${w.line}` : ''})` : '';
}

export function cliLog(verbose: boolean): Log {
  const err = (s: string) => process.stderr.write(`${s}\n`);
  return {
    info: (m) => err(m),
    notice: (m, w) => err(`notice: ${m}${where(w)}`),
    warning: (m, w) => err(`warning: ${m}${where(w)}`),
    error: (m, w) => err(`error: ${m}${where(w)}`),
    debug: (m) => {
      if (verbose) err(`  ${m}`);
    },
    group: async (name, fn) => {
      err(`== ${name}`);
      return fn();
    },
  };
}

function usage(): string {
  const flags = INPUT_SPECS.map((s) => `  --${s.name.padEnd(20)} ${s.description}${s.default ? ` [${s.default}]` : ''}`);
  return [
    'Usage: fc-python-pack build [folder] [options]',
    '       fc-python-pack doctor <function.zip | layer.zip | image.tar | folder> [--s-yaml s.yaml [--function name]] [--runtime custom.debian10] [--python-version 3.10 (default: the runtime\'s)] [--port 9000] [--bootstrap bootstrap|none | --start-command "python3 -u index.py"] [--environment KEY=VALUE ...] [--kind auto|code|layer|image] [--layer layer.zip ...] [--json]',
    '                                        (a folder with an s.yaml, or the code folder an s.yaml in its parent names, is read with it)',
    '       fc-python-pack explain "<FC error text>"     (or the text on standard input)',
    '',
    'build: builds layer.zip, function.zip or an image tar for Alibaba Cloud Function Compute.',
    'doctor: finds what would stop FC from starting an artifact; exit 0 no errors, 1 errors, 2 bad usage.',
    'explain: says what an FC error message means and what to do.',
    'A folder given as the first argument is the working directory.',
    '',
    'Options (the action inputs):',
    ...flags,
    '  --json                 print the outputs as JSON on stdout',
    '  --verbose              show pip and docker output',
    '  -h, --help             this help',
    '  --version              print the version',
  ].join('\n');
}

async function doctorCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        'python-version': { type: 'string' },
        runtime: { type: 'string' },
        port: { type: 'string' },
        bootstrap: { type: 'string' },
        kind: { type: 'string' },
        layer: { type: 'string', multiple: true },
        's-yaml': { type: 'string' },
        function: { type: 'string' },
        'start-command': { type: 'string' },
        environment: { type: 'string', multiple: true },
        json: { type: 'boolean' },
      },
    });
  } catch (e) {
    process.stderr.write(`error: ${errorMessage(e)}. See fc-python-pack --help.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    process.stderr.write('error: doctor takes one artifact: a function.zip, a layer.zip or a folder.\n');
    return 2;
  }
  const kind = values.kind ?? 'auto';
  if (!['auto', 'code', 'layer', 'image'].includes(kind)) {
    process.stderr.write(`error: --kind must be auto, code, layer or image; got "${kind}".\n`);
    return 2;
  }
  let opts;
  let subject = positionals[0]!;
  try {
    // What the function is: s.yaml (a folder's own, or --s-yaml), or the flags that say the same.
    const isFolder = fs.statSync(subject, { throwIfNoEntry: false })?.isDirectory() ?? false;
    const startCommand = values['start-command'] ? splitArgs(values['start-command'], 'start-command') : undefined;
    const fn = functionConfig(
      {
        workingDirectory: path.resolve(isFolder ? subject : '.'),
        workspace: process.cwd(),
        sYaml: values['s-yaml'] ? path.resolve(values['s-yaml']) : isFolder ? undefined : null,
        functionName: values.function,
        startCommand,
        bootstrap: values.bootstrap === 'none' ? null : values.bootstrap,
        runtime: values.runtime ? parseRuntime(values.runtime) : undefined,
        port: values.port ? parseIntInput('port', values.port, 1, 65535) : undefined,
        environment: values.environment ? parseEnvironment(values.environment.join('\n')) : undefined,
        target: kind === 'layer' ? 'layer' : kind === 'image' ? 'image' : 'code',
      },
      process.env,
    );
    for (const n of fn.notices) process.stderr.write(`notice: ${n.message}\n`);
    if (isFolder && fn.sYaml) subject = fn.codeDir;
    opts = {
      // Without --python-version: the runtime's own Python.
      pythonVersion: values['python-version'] ? parsePythonVersion(values['python-version']) : defaultPython(fn.runtime).version,
      runtime: fn.runtime,
      port: fn.port,
      bootstrap: fn.start.kind === 'bootstrap' ? fn.start.file : null,
      startCommand: fn.start.kind === 'command' ? fn.start.argv : undefined,
      environment: fn.environment?.vars,
      functionFrom: fn.sYaml?.shown ?? (fn.environment ? 'environment' : undefined),
      layerArns: fn.layers,
      kind: kind as 'auto' | 'code' | 'layer' | 'image',
      layers: values.layer ?? [],
    };
  } catch (e) {
    process.stderr.write(`error: ${errorMessage(e)}\n`);
    return 2;
  }
  try {
    const report = await runDoctor(subject, opts);
    process.stdout.write(`${formatReport(report, { json: values.json })}\n`);
    return doctorExitCode(report);
  } catch (e) {
    process.stderr.write(`error: ${errorMessage(e)}\n`);
    return isUserError(e) ? 2 : 1;
  }
}

async function explainCommand(args: string[]): Promise<number> {
  let text = args.join(' ');
  if (!text.trim() && !process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    text = Buffer.concat(chunks).toString('utf8');
  }
  if (!text.trim()) {
    process.stderr.write('error: explain needs FC\'s error text, as an argument or on standard input.\n');
    return 2;
  }
  const answers = explain(text);
  for (const a of answers) {
    process.stdout.write(`${a.title}\n  cause: ${a.cause}\n  fix:   ${a.fix}\n`);
    if (a.findingCodes?.length) process.stdout.write(`  doctor checks: ${a.findingCodes.join(', ')}\n`);
  }
  return answers.some((a) => a.matched) ? 0 : 1;
}

/**
 * `--pip-args "--find-links ./wheels"` as people type it: a value that starts with a dash is
 * taken for the option before it (node's parseArgs would call it ambiguous), as `--name=value`.
 */
export function joinValues(args: readonly string[]): string[] {
  const takesValue = new Set(INPUT_SPECS.map((s) => `--${s.name}`));
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      out.push(...args.slice(i));
      break;
    }
    if (takesValue.has(a) && i + 1 < args.length && args[i + 1]!.startsWith('-')) out.push(`${a}=${args[++i]}`);
    else out.push(a);
  }
  return out;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(`${usage()}\n`);
    return command ? 0 : 2;
  }
  if (command === '--version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (command === 'doctor') return doctorCommand(rest);
  if (command === 'explain') return explainCommand(rest);
  if (command !== 'build') {
    process.stderr.write(`error: unknown command "${command}". Commands: build, doctor, explain. See fc-python-pack --help.\n`);
    return 2;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: joinValues(rest),
      allowPositionals: true,
      options: {
        ...Object.fromEntries(INPUT_SPECS.map((s) => [s.name, { type: 'string' as const }])),
        json: { type: 'boolean' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    process.stderr.write(`error: ${errorMessage(e)}. See fc-python-pack build --help.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  if (positionals.length > 1) {
    process.stderr.write(`error: one folder at most, got ${positionals.join(' ')}.\n`);
    return 2;
  }
  if (positionals[0] && values['working-directory']) {
    process.stderr.write('error: give the folder either as an argument or as --working-directory, not both.\n');
    return 2;
  }
  const get = (name: string): string | undefined => {
    if (name === 'working-directory' && positionals[0]) return positionals[0];
    const v = values[name];
    return typeof v === 'string' ? v : undefined;
  };
  const log = cliLog(Boolean(values.verbose));
  cleanUpOnSignals((m) => process.stderr.write(`error: ${m}\n`));
  try {
    const inputs = parseInputs(get, { cwd: process.cwd(), env: process.env });
    const result = await build(makePlan(inputs), log);
    const published = await publish(result, log);
    // A deploy from the CLI takes its credentials from the environment (OIDC is the action's).
    const deployed = result.plan.deploy ? await deploy(result, log, { mask: () => undefined }) : undefined;
    const outputs = { ...outputsOf(result, published), ...deployOutputs(deployed) };
    if (values.json) {
      const report = { ...outputs, entries: result.artifact.entries, 'unpacked-size': result.artifact.unpackedSize, 'timings-ms': result.timings };
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    }
    else {
      for (const l of summaryLines(result)) log.info(l);
      process.stdout.write(`${outputs['artifact-path']}\n`);
    }
    return 0;
  } catch (e) {
    process.stderr.write(`error: ${errorMessage(e)}\n`);
    if (!isUserError(e) && values.verbose && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    return 1;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
