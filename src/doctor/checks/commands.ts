/** Owns the command checks: what the start command runs exists, is executable, names an interpreter FC has, and the modules and app it loads import. */
import path from 'node:path';
import { APP_SPEC, FC_CODE_PATH, FC_INTERPRETERS, SERVERS, externalRoots, locateModule, type Ctx } from '../context.js';
import { finding } from '../findings.js';
import { SHELL_BUILTINS, type StartCommand } from '../../formats/shell.js';
import { resolvePath } from '../view.js';
import { checkInterpreter } from './interpreter.js';
import type { StartInfo } from './start.js';

/** The commands that start the server: the modules they import, the app they serve, the scripts they run. */
export function checkCommands(ctx: Ctx, start: StartInfo, texts: Map<string, Buffer>): void {
  const { view } = ctx;
  const file = start.file;
  const report = (f: Omit<Parameters<typeof finding>[0], 'file'>) => ctx.add(finding({ ...f, file }));
  const where = ctx.kind === 'code' ? `function.zip${ctx.layerView ? ' nor the layers given' : ''}` : ctx.kind === 'layer' ? 'the layer' : 'the image';

  const moduleMissing = (roots: string[], mod: string, line: number | undefined, how: string) => {
    // 'unlisted': it is installed, in a folder not on PYTHONPATH, and that folder's own finding says so.
    if (locateModule(ctx, roots, mod) !== 'missing') return;
    if (ctx.depsNotBuilt) return; // a source folder: the requirements check said once that the deps are not built
    const top = mod.split('.')[0]!;
    const name = locateModule(ctx, roots, top) === 'missing' ? top : mod;
    const external = externalRoots(ctx, roots);
    if (external.length) {
      report({ severity: 'warning', code: 'deps-missing', message: `${how}, but ${name} is not in ${where}: it must come from a layer mounted at ${external.join(' or ')}`, fcSymptom: `Function instance exited unexpectedly(code 1, message:operation not permitted) ... No module named ${name}, if no layer brings it`, fix: `Attach the layer that has ${top} (target layer), or build the dependencies in (target code with include-deps: true). To check both together: fc-python-pack doctor function.zip --layer layer.zip.`, line }
      );
      return;
    }
    report({ severity: 'error', code: 'deps-missing', message: `${how}, but ${name} is not in ${where} (looked in ${roots.map((r) => (ctx.kind === 'image' ? r : `${view.show(r)}/`)).join(', ')})`, fcSymptom: `Function instance exited unexpectedly(code 1, message:operation not permitted) ... No module named ${name}`, fix: ctx.kind === 'image'
        ? `pip install ${top} in the Dockerfile (or add it to requirements.txt), into a folder on the image's Python path.`
        : `Add ${top} to requirements.txt and build the dependencies in (fc-python-pack build --target code, include-deps: true), or attach a layer with it and put /opt/python on PYTHONPATH.`, line }
    );
  };

  const appMissing = (appRoots: string[], spec: string, mod: string, line: number | undefined) => {
    if (locateModule(ctx, appRoots, mod) === 'found') return;
    const rel = mod.split('.').join('/');
    report({ severity: 'error', code: 'app-missing', message: `the server is told to load ${spec}, but there is no ${rel}.py (nor ${rel}/) in ${appRoots.map((r) => (ctx.kind === 'image' ? r : `${view.show(r)}/`)).join(', ')}`, fcSymptom: `ERROR: Error loading ASGI app. Could not import module "${mod}". (Function instance exited unexpectedly(code 1, ...))`, fix: ctx.kind === 'code' ? `Put ${rel}.py at the top of the package (zip the app folder's contents), or fix the module path (or --app-dir) in ${file}.` : 'Copy the app into the image\'s WORKDIR, or fix the module path in the start command.', line }
    );
  };

  const serverArgs = (server: string, args: string[], cwd: string, line: number | undefined, roots: string[]) => {
    let appDir: string | undefined;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      const opt = /^(--app-dir|--chdir)(?:=(.*))?$/.exec(a);
      if (opt) {
        const v = opt[2] ?? args[++i];
        if (v && !v.includes('$')) appDir = resolvePath(cwd, v);
        continue;
      }
      if ((a === '-k' || a === '--worker-class') && args[i + 1] && /^[A-Za-z_][\w.]*$/.test(args[i + 1]!)) {
        const worker = args[++i]!;
        const mod = worker.split('.').slice(0, -1).join('.');
        if (mod) moduleMissing(roots, mod, line, `${server} runs the worker class ${worker}`);
      }
    }
    const spec = args.find((a) => APP_SPEC.test(a));
    if (spec) {
      const mod = APP_SPEC.exec(spec)![1]!;
      appMissing([appDir ?? cwd, ...start.pythonPath, ...ctx.defaultRoots], spec, mod, line);
    } else if (server === 'fastapi' && (args[0] === 'run' || args[0] === 'dev') && args[1] && !args[1].startsWith('-') && !args[1].includes('$')) {
      const p = resolvePath(cwd, args[1]);
      if (!view.exists(p)) appMissing([cwd], args[1], args[1].replace(/\.py$/, '').replace(/\//g, '.'), line);
    }
  };

  for (const cmd of start.script?.commands ?? []) checkCommand(cmd);

  function checkCommand(cmd: StartCommand): void {
    const { argv, line, cwd } = cmd;
    const argv0 = argv[0]!;
    if (argv0.includes('$') || SHELL_BUILTINS.has(argv0)) return;
    const base = path.posix.basename(argv0);
    const pyRoots = (withCwd: boolean) => [...new Set([...(withCwd ? [cwd] : []), ...start.pythonPath, ...ctx.defaultRoots])];

    if (ctx.kind === 'image') {
      const spots = argv0.includes('/') ? [resolvePath(cwd, argv0)] : start.pathDirs.map((d) => `${d}/${argv0}`);
      if (!spots.some((p) => view.fileAt(p))) {
        report({ severity: 'error', code: 'bootstrap-command', message: `${file} runs ${argv0}, which is not in the image${argv0.includes('/') ? '' : ` (PATH: ${start.pathDirs.join(':')})`}`, fcSymptom: `${argv0}: not found (the container exits with code 127)`, fix: `Install it in the Dockerfile, or fix the command (PATH comes from ENV PATH).`, line });
        return;
      }
    }
    if (/^python(\d+(\.\d+)?)?$/.test(base)) {
      // Which python3 the runtime's PATH finds, against the Python the deps are built for.
      checkInterpreter(ctx, start, argv0, line);
      for (let i = 1; i < argv.length; i++) {
        const a = argv[i]!;
        if (a === '-m') {
          const mod = argv[i + 1];
          if (!mod || mod.includes('$')) return;
          moduleMissing(pyRoots(true), mod, line, `${file} starts python -m ${mod}`);
          const server = mod.split('.')[0]!;
          if (SERVERS.has(server)) serverArgs(server, argv.slice(i + 2), cwd, line, pyRoots(true));
          return;
        }
        if (a === '-c') return;
        if (a === '-W' || a === '-X' || a === '-Q') {
          i++;
          continue;
        }
        if (a.startsWith('-')) continue;
        if (a.includes('$')) return;
        const scriptPath = resolvePath(cwd, a);
        if (!view.exists(scriptPath) && view.inside(scriptPath)) {
          report({ severity: 'error', code: 'app-missing', message: `${file} runs python ${a}, but there is no ${view.show(scriptPath)} in ${where}`, fcSymptom: `python3: can't open file '${scriptPath}': [Errno 2] No such file or directory (Function instance exited unexpectedly(code 2, ...))`, fix: `Fix the path in ${file}: FC runs it from ${cwd}.`, line });
        }
        return;
      }
      return;
    }

    // A command by path, or a console script found through PATH.
    const candidates = argv0.includes('/') ? [resolvePath(cwd, argv0)] : start.pathDirs.map((d) => `${d}/${argv0}`);
    const found = candidates.map((p) => (ctx.kind === 'image' ? view.fileAt(p) : view.files.has(p) || ctx.layerView?.files.has(p) ? p : undefined)).find(Boolean);
    const inArtifactBin = [...ctx.depsRoots, ctx.codeDir].map((r) => `${r}/bin/${base}`).find((p) => view.files.has(p));
    const isServer = SERVERS.has(base);
    if (!found) {
      if (!isServer && !inArtifactBin && !(argv0.includes('/') && view.inside(candidates[0]!))) return; // a system command we cannot see
      // Only a PATH the script points at a layer (/opt/...) leaves room for the command to come from one.
      const outside = ctx.kind === 'code' && !ctx.layerView && (start.script?.path ?? []).some((d) => !view.inside(d) && !FC_CODE_PATH.includes(d) && d.startsWith('/opt'));
      report({ severity: outside && isServer ? 'warning' : 'error', code: 'bootstrap-command', message: `${file} runs ${argv0}, which is ${argv0.includes('/') ? `not in ${where}` : `on no PATH folder (${start.pathDirs.join(':')})`}${inArtifactBin ? `; ${view.show(inArtifactBin)} exists, but ${view.show(path.posix.dirname(inArtifactBin))} is not on PATH` : ''}${outside && isServer ? ', unless a layer brings it' : ''}`, fcSymptom: `Function instance exited unexpectedly(code 127, ...): ${argv0}: command not found`, fix: isServer ? `Start it through the interpreter: exec python3 -m ${base} ... (with the deps folder on PYTHONPATH).` : `Fix the command in ${file}, or ship ${argv0} in ${where}.`, line }
      );
      if (isServer) serverArgs(base, argv.slice(1), cwd, line, pyRoots(false));
      return;
    }
    // A script of the package run directly needs its exec bit (a folder gets it from the build).
    const entry = view.files.get(found);
    if (entry && !entry.isSymlink && (entry.mode & 0o111) === 0 && ctx.format !== 'folder') {
      report({ severity: 'error', code: 'bootstrap-command', message: `${file} runs ${view.show(found)}, which is stored without its executable bit (mode ${(entry.mode & 0o777).toString(8).padStart(3, '0')})`, fcSymptom: `${argv0}: Permission denied (Function instance exited unexpectedly(code 126, ...))`, fix: `Store it 0755 (chmod 755 and zip on Linux/macOS), or run it through its interpreter (bash ${argv0}, python3 ${argv0}).`, line });
    }
    // A console script: its #! must name an interpreter FC has, and its module must import.
    const body = texts.get(found);
    const shebang = body && body.subarray(0, 2).toString('latin1') === '#!' ? body.toString('utf8').split('\n')[0]!.slice(2).trim() : undefined;
    if (shebang) {
      const interp = shebang.split(/\s+/)[0]!;
      const bad = ctx.kind === 'image' ? !view.fileAt(interp) : !FC_INTERPRETERS.test(interp);
      if (bad) {
        report({ severity: 'error', code: 'bootstrap-command', message: `${view.show(found)} starts with #!${interp}, an interpreter FC does not have (pip wrote the build machine's Python into it)`, fcSymptom: `${argv0}: bad interpreter: ${interp}: No such file or directory (Function instance exited unexpectedly(code 126 or 127, ...))`, fix: `Start the server through the interpreter (exec python3 -m ${base} ...), or rebuild with fc-python-pack (console scripts point at /usr/bin/env python3).`, line });
      }
    }
    if (isServer) {
      moduleMissing(pyRoots(false), base === 'waitress-serve' ? 'waitress' : base, line, `${file} runs ${argv0}`);
      serverArgs(base, argv.slice(1), cwd, line, pyRoots(false));
    }
  }
}

