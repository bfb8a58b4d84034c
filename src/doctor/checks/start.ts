/** Owns the start checks: the bootstrap or an image's ENTRYPOINT/CMD exists, is executable, keeps FC's contract, and puts the deps on PYTHONPATH. */
import path from 'node:path';
import type { Artifact } from '../artifact.js';
import { DEFAULT_IMAGE_PATH, FC_CODE_PATH, SERVERS, SHELLS, importName, isElf, type Ctx } from '../context.js';
import { finding } from '../findings.js';
import { parseCommandLine, parseStartScript, type StartScript } from '../../formats/shell.js';
import { resolvePath, type View } from '../view.js';
import { analyzeBootstrap } from './bootstrap.js';
import { pythonPathDirs, shellJoin } from '../../formats/shell.js';
import { environmentPath } from '../../plan/start.js';
import { CODE_DIR } from '../../plan/plan.js';

/** What an image's ENTRYPOINT + CMD start: a script, a command, or `sh -c` text. */
export interface ImageStart {
  argv: string[];
  /** `sh -c "..."`: the text. */
  shellText?: string;
  /** The file argv names (argv[0], or the script given to a shell), as written. */
  scriptArg?: string;
  /** Where that file is in the image (symbolic links followed), if it is. */
  scriptAbs?: string;
  /** False when a shell runs the script (no #! or exec bit needed). */
  needsShebang: boolean;
}

export function planImageStart(view: View, image: NonNullable<Artifact['image']>, codeDir: string, pathDirs: string[]): ImageStart {
  const argv = [...image.entrypoint, ...image.cmd];
  if (!argv.length) return { argv, needsShebang: true };
  if (SHELLS.test(argv[0]!) && argv[1] === '-c') return { argv, shellText: argv[2] ?? '', needsShebang: false };
  const viaShell = SHELLS.test(argv[0]!) && !!argv[1] && !argv[1].startsWith('-');
  const scriptArg = viaShell ? argv[1]! : argv[0]!;
  const candidates = scriptArg.includes('/') ? [resolvePath(codeDir, scriptArg)] : pathDirs.map((d) => `${d}/${scriptArg}`);
  const abs = candidates.map((c) => view.fileAt(c)).find(Boolean);
  return { argv, scriptArg, scriptAbs: abs, needsShebang: !viaShell };
}

export interface StartInfo {
  /** Display name of what starts the function (bootstrap, or 'CMD' for an image's command). */
  file: string;
  script?: StartScript;
  /** PYTHONPATH folders the start leaves (the script's and the image's ENV). */
  pythonPath: string[];
  /** The PATH the start command runs with. */
  pathDirs: string[];
  /** The bootstrap analysis already reported missing deps folders on PYTHONPATH. */
  noPythonPathReported: boolean;
  /** PATH as the function's environment sets it (FC's default for $PATH in it). */
  envPath?: string[];
}

/** The start script or command: FC's contract (analyzeBootstrap), exec bit, existence. */
export function checkStart(ctx: Ctx, texts: Map<string, Buffer>, startAbs: string | undefined, imageStart: ImageStart | undefined, image: Artifact['image'], format: Artifact['format']): StartInfo | undefined {
  const { view, opts } = ctx;
  const fnEnv = !image ? opts.environment : undefined;
  const env = image?.env ?? fnEnv ?? {};
  const envPythonPath = env.PYTHONPATH ? pythonPathDirs(env.PYTHONPATH) : [];
  const envPath = fnEnv?.PATH !== undefined ? environmentPath(fnEnv) : undefined;
  const basePath = image ? (env.PATH ? env.PATH.split(':').filter(Boolean) : DEFAULT_IMAGE_PATH) : (envPath ?? FC_CODE_PATH);
  const fnFrom = opts.functionFrom ?? "the function's configuration";
  const vars: Record<string, string> = { FC_FUNC_CODE_PATH: CODE_DIR, ...env, FC_SERVER_PORT: String(opts.port) };
  delete (vars as Record<string, string | undefined>).PYTHONPATH;
  delete (vars as Record<string, string | undefined>).PATH;
  // Deps folders that must be on PYTHONPATH: inside the artifact, not the start folder, not searched by default
  // (nor another interpreter's own site-packages in an image).
  const mustBeOnPath = ctx.depsRoots.filter(
    (r) => r !== ctx.codeDir && !ctx.defaultRoots.includes(r) && view.inside(r) && !(ctx.kind === 'image' && /\/lib\/python3[^/]*\/(site|dist)-packages$/.test(r)),
  );

  let text: Buffer | undefined;
  let file = 'CMD';
  let scriptDir = ctx.codeDir;
  let commandLine: string | undefined;
  let needsShebang = true;

  if (ctx.kind === 'image') {
    const is = imageStart!;
    if (!is.argv.length) {
      ctx.add(finding({ severity: 'warning', code: 'bootstrap-missing', file: 'image config', message: 'the image has no ENTRYPOINT or CMD', fcSymptom: 'FC cannot start the container unless the function sets a start command', fix: 'Add CMD ["./bootstrap"] (or your server command) to the Dockerfile, or set the function\'s command.' }));
      return undefined;
    }
    needsShebang = is.needsShebang;
    if (is.shellText !== undefined) {
      commandLine = is.shellText;
    } else if (!is.scriptAbs) {
      const arg = is.scriptArg!;
      ctx.add(
        finding({ severity: 'error', code: 'bootstrap-command', file: 'CMD', message: `the image starts ${arg}, which is not in the image${arg.includes('/') ? ` (WORKDIR ${ctx.codeDir})` : ` (PATH: ${basePath.join(':')})`}`, fcSymptom: `exec: "${arg}": executable file not found in $PATH (the container exits at once, code 127)`, fix: 'Copy the start script into the image (COPY bootstrap /code/), or fix ENTRYPOINT/CMD and WORKDIR.' }),
      );
      return undefined;
    } else {
      const base = path.posix.basename(is.scriptArg!);
      const body = texts.get(is.scriptAbs);
      if (/^python(\d+(\.\d+)?)?$/.test(base) || SERVERS.has(base) || !body || isElf(body)) {
        commandLine = shellJoin(is.argv);
      } else {
        startAbs = is.scriptAbs;
        const interp = /^#!\s*(\S+)/.exec(body.toString('latin1'))?.[1];
        if (needsShebang && interp && !view.fileAt(interp)) {
          ctx.add(finding({ severity: 'error', code: 'bootstrap-shebang', file: view.show(startAbs), message: `${view.show(startAbs)} starts with #!${interp}, which the image does not have`, fcSymptom: `exec ${view.show(startAbs)}: no such file or directory (the container exits at once)`, fix: `Use an interpreter the image has (#!/bin/sh), or install it in the Dockerfile.`, line: 1 }));
        }
        const entry = view.files.get(startAbs)!;
        if (needsShebang && (entry.mode & 0o111) === 0) {
          ctx.add(finding({ severity: 'error', code: 'bootstrap-mode', file: view.show(startAbs), message: `${view.show(startAbs)} is not executable in the image (mode ${(entry.mode & 0o777).toString(8).padStart(3, '0')})`, fcSymptom: 'exec: permission denied (Function instance exited unexpectedly(code 13, message:permission denied))', fix: 'RUN chmod 755 on it in the Dockerfile (or COPY --chmod=755).' }));
        }
      }
    }
  } else if (!startAbs && opts.startCommand?.length) {
    // FC runs the function's command in /code: read like a one-line script.
    commandLine = shellJoin(opts.startCommand);
    needsShebang = false;
  } else {
    if (!startAbs) return undefined;
    const shown = view.show(startAbs);
    const entry = view.files.get(startAbs);
    if (!entry) {
      const nested = [...view.files.keys()].find((f) => path.posix.basename(f) === path.posix.basename(startAbs!) && f !== startAbs);
      ctx.add(
        finding({ severity: 'error', code: 'bootstrap-missing', file: shown, message: `there is no ${shown} at the top of the package${nested ? ` (there is ${view.show(nested)}: the zip holds the folder, not its contents)` : ''}`, fcSymptom: 'Failed to start function instance. Error: the file /code/bootstrap is not exist', fix: nested ? 'Zip the folder\'s contents, not the folder (cd into it, then zip -r ../function.zip .), or let fc-python-pack build it.' : 'Add a bootstrap script (#!/bin/bash, then exec python3 -m uvicorn main:app --host 0.0.0.0 --port 9000), or set the function\'s start command (--bootstrap none).' }
        ),
      );
      return undefined;
    }
    if ((entry.mode & 0o111) === 0) {
      const noUnixModes = format === 'zip' && entry.mode === 0;
      ctx.add(
        finding({ severity: format === 'folder' ? 'info' : 'error', code: 'bootstrap-mode', file: shown, message: noUnixModes
            ? `${shown} is stored without Unix permissions (the zip was made on Windows), so FC unpacks it without its executable bit`
            : format === 'folder'
              ? `${shown} is not executable here (mode ${(entry.mode & 0o777).toString(8).padStart(3, '0')}); fc-python-pack build stores it 0755, but a zip made by hand would keep the missing bit`
              : `${shown} is stored without its executable bit (mode ${(entry.mode & 0o777).toString(8).padStart(3, '0')})`, fcSymptom: 'Function instance exited unexpectedly(code 13, message:permission denied)', fix: 'Store it 0755: fc-python-pack build --target code always does; or chmod 755 bootstrap and zip on Linux/macOS (git update-index --chmod=+x bootstrap for the repository).' }
        ),
      );
    }
    file = shown;
  }

  if (startAbs) {
    file = view.show(startAbs);
    scriptDir = path.posix.dirname(startAbs);
    text = texts.get(startAbs) ?? Buffer.alloc(0);
  }
  if (!text && ctx.kind === 'code') file = 'start command';
  const content = text ?? Buffer.from(`#!/bin/sh\n${commandLine ?? ''}\n`);
  const analysis = analyzeBootstrap(content, { file, depsDirs: ctx.kind === 'code' && text ? mustBeOnPath : [], port: opts.port, runByShell: !needsShebang });
  for (const f of analysis.findings) {
    if (f.code === 'bootstrap-shebang' && (!text || !needsShebang)) continue;
    ctx.add(text ? f : { ...f, line: undefined, file: ctx.kind === 'code' ? fnFrom : 'CMD' });
  }
  const pythonPath = [...new Set([...(analysis.pythonPath !== undefined ? pythonPathDirs(analysis.pythonPath) : []), ...envPythonPath])];
  const sctx = { cwd: ctx.codeDir, scriptDir, vars, path: basePath };
  const script = text ? parseStartScript(content.toString('utf8'), sctx) : parseCommandLine(commandLine ?? '', sctx);
  const noPythonPathReported = text ? analysis.findings.some((f) => f.code === 'bootstrap-no-pythonpath') : false;

  // Every deps folder must be on PYTHONPATH (the bootstrap analysis reports the case where none is).
  if (!noPythonPathReported) {
    for (const r of mustBeOnPath) {
      if (pythonPath.includes(r)) continue;
      const pkgs = [...ctx.dists.values()].filter((d) => d.root === r).map((d) => d.name);
      ctx.add(
        finding({ severity: 'error', code: 'bootstrap-no-pythonpath', file: text ? file : ctx.kind === 'code' ? fnFrom : 'CMD', message: `${view.show(r)}/ holds installed packages (${pkgs.slice(0, 4).join(', ')}${pkgs.length > 4 ? ', ...' : ''}), but ${ctx.kind === 'image' ? 'neither ENV PYTHONPATH nor the start command puts' : text ? `${file} never puts` : `neither the function's environment variables (${fnFrom}: ${envPythonPath.length ? `PYTHONPATH=${envPythonPath.join(':')}` : 'no PYTHONPATH'}) nor its start command put`} it on PYTHONPATH, and FC sets none for custom runtimes`, fcSymptom: `Function instance exited unexpectedly(code 1, message:operation not permitted) ... No module named ${importName(pkgs[0] ?? 'uvicorn')}`, fix: ctx.kind === 'image' ? `ENV PYTHONPATH=${r} in the Dockerfile.` : text ? `Add export PYTHONPATH=${r}:$PYTHONPATH to ${file} before the server starts.` : `Add PYTHONPATH=${r} to the function's environment variables (s.yaml's environmentVariables), or rebuild with the dependencies at the top of the package (fc-python-pack build puts them there when nothing sets PYTHONPATH).`, line: text ? 1 : undefined }
        ),
      );
    }
  }
  return { file: text ? file : ctx.kind === 'code' ? 'start command' : 'CMD', script, pythonPath, pathDirs: script.path ?? basePath, noPythonPathReported, envPath };
}

