/**
 * Owns `explain`: turn the error text Function Compute shows for a custom-runtime function that would not
 * start (the console message, `s invoke` output, the JSON error body, or a paste of the logs) into a
 * cause and a fix. Pure string matching; no I/O.
 *
 * Messages it knows (custom runtimes):
 *   Function instance exited unexpectedly(code N, message:<errno text>) with start command '...'. Logs: ...
 *   Function instance health check failed on port P in 120 seconds. Logs: ...
 *   Failed to start function instance. Error: the file /code/bootstrap is not exist
 *   {"ErrorCode":"FunctionNotStarted","ErrorMessage":"The CA's http server cannot be started: ... connection refused"}
 *   {"ErrorCode":"CAExited","ErrorMessage":"The CA process either cannot be started or exited: ..."}
 * plus what typically appears in the logs after them (Python tracebacks, dynamic-loader errors,
 * shell errors).
 */
import { BOOTSTRAP_EXAMPLE, DOCTOR, EPERM_NOTE, extractFacts, has, lastPythonError, startCmd, type Explanation, type Rule } from './explain-facts.js';
import { START_RULES } from './explain-start.js';

export { normalizeErrorText, type Explanation } from './explain-facts.js';

/**
 * Explain FC error text. Returns the matching explanations, most specific first; when nothing
 * matches, a single `{ matched: false }` explanation that says so and points to `doctor`.
 */
export function explain(text: string): Explanation[] {
  const facts = extractFacts(text);
  const matched = new Set<string>();
  const out: Explanation[] = [];
  for (const rule of RULES) {
    const m = rule.test(facts, matched);
    if (!m) continue;
    matched.add(rule.id);
    out.push({ matched: true, id: rule.id, ...m });
  }
  return out.length > 0 ? out : [unknown(text)];
}

function unknown(text: string): Explanation {
  return {
    matched: false,
    id: 'unknown',
    title: 'Not a Function Compute start-up error this tool recognises',
    cause: text.trim()
      ? 'The text matches none of the known custom-runtime failures (process exits, health-check failures, FunctionNotStarted, CAExited, missing modules, glibc or binary-format errors).'
      : 'No error text was given.',
    fix: `Check the artifact you deployed offline with \`${DOCTOR}\`; and paste the whole error including the lines after "Logs:", which usually name the real cause.`,
  };
}


// ---------------------------------------------------------------------------------------------
// Rules, most specific first
// ---------------------------------------------------------------------------------------------

/** A CR right after an interpreter name, bash's $'\r', or ^M: the script has CRLF line endings. */
const CRLF = /(?:\b(?:bash|sh|python[\d.]*|env|uvicorn|gunicorn)(?:\\r|\^M|'\$'\\r')|\$'\\r'|\\r'?\s*:\s*(?:command not found|no such file))/i;

const RULES: Rule[] = [
  {
    id: 'crlf',
    test: (f) =>
      has(f, CRLF)
        ? {
            title: 'bootstrap has Windows (CRLF) line endings',
            cause:
              `The script's lines end in CR LF, so the shell or the kernel reads the interpreter as "bash\\r" or "python3\\r" (with a carriage return) and cannot find it: env reports it and exits with 127, the kernel with code 2 (no such file or directory); commands inside the script fail the same way.`,
            fix:
              'Convert the file to LF line endings (dos2unix bootstrap, or sed -i \'s/\\r$//\' bootstrap) and stop Git from converting it back: git config core.autocrlf input, or a .gitattributes line "bootstrap text eol=lf". ' +
              `Check with \`${DOCTOR}\`.`,
            findingCodes: ['bootstrap-crlf'],
          }
        : undefined,
  },
  {
    id: 'exec-format',
    test: (f) =>
      f.exitCode === 8 || has(f, /exec\s+format\s+error/i)
        ? {
            title: 'The start command is not a program Linux can run (exec format error)',
            cause:
              `${startCmd(f)} is a script without a "#!" first line (or with a byte-order mark or a blank line before it), so the kernel does not know which interpreter to use; ` +
              'or it is a binary built for another machine (arm64/aarch64, macOS) while FC runs Linux x86-64.',
            fix:
              'Make "#!/bin/bash" (or "#!/usr/bin/env bash") the very first bytes of bootstrap, saved without a BOM, and end it with e.g. ' +
              `${BOOTSTRAP_EXAMPLE}. For a compiled start command, build it for linux/amd64.`,
            findingCodes: ['bootstrap-shebang', 'bootstrap-bom', 'elf-machine'],
          }
        : undefined,
  },
  {
    id: 'permission',
    test: (f) =>
      f.exitCode === 13 || f.errnoText === 'permission denied'
        ? {
            title: 'The start command is not executable (permission denied)',
            cause:
              `${startCmd(f)} lost its executable bit: the zip was made by a tool that does not store Unix permissions (Windows Explorer, some archivers) or from a checkout where Git did not keep the mode, so FC unpacks it as a plain 0644 file.`,
            fix:
              'chmod 755 bootstrap and zip it with a tool that keeps Unix modes (zip -r on Linux/macOS), or let fc-python-pack build the artifact: it always stores bootstrap as 0755. ' +
              'In Git: git update-index --chmod=+x bootstrap.',
            findingCodes: ['bootstrap-mode'],
          }
        : undefined,
  },
  {
    id: 'bootstrap-missing',
    test: (f) => {
      const m = /(?:the\s+file\s+(\S+)\s+(?:is\s+not\s+exist|does\s+not\s+exist)|Failed\s+to\s+start\s+function\s+instance)/i.exec(f.text);
      if (!m) return undefined;
      const file = m[1] ?? f.startCommand ?? '/code/bootstrap';
      return {
        title: `The start command file ${file} is not in the deployed code`,
        cause:
          'FC runs /code/bootstrap unless a start command is configured, and that file is missing. Usually the zip contains the project folder instead of its contents, so the file ends up at /code/<folder>/bootstrap.',
        fix: `Put bootstrap at the root of the zip (zip from inside the folder) or set the function's start command to the right path. fc-python-pack places bootstrap at the root; \`${DOCTOR}\` shows where it is.`,
        findingCodes: ['bootstrap-missing'],
      };
    },
  },
  {
    id: 'glibc-too-new',
    test: (f) => {
      const m = /version\s+[`'‘"]?GLIBC_(\d+(?:\.\d+)+)[`'’"]?\s+not\s+found(?:\s*\(required\s+by\s+([^)\s]+)\))?/i.exec(f.text);
      if (!m) return undefined;
      const by = m[2] ? ` (${m[2]})` : '';
      return {
        title: `A native library needs glibc ${m[1]}, newer than the runtime's`,
        cause: `A compiled file${by} was built against GLIBC_${m[1]}; custom.debian10 has glibc 2.28, custom.debian11 2.31, custom.debian12 2.36. It was probably installed from a wheel for a newer manylinux, or built on a newer Linux.`,
        fix:
          'Install wheels whose manylinux tag fits the runtime (manylinux2014 = glibc 2.17 fits every FC runtime; manylinux_2_28 fits debian10), pin an older package version that still ships them, or build the dependency in an image matching the runtime; ' +
          `or move the function to a runtime with a new enough glibc. \`${DOCTOR}\` lists every file that needs too new a glibc.`,
        findingCodes: ['glibc-too-new'],
      };
    },
  },
  {
    id: 'foreign-binary',
    test: (f) => {
      const m = /(invalid\s+ELF\s+header|wrong\s+ELF\s+class|file\s+too\s+short)/i.exec(f.text);
      if (!m) return undefined;
      const what = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
      return {
        title: `A compiled module cannot be loaded on Linux x86-64 (${what})`,
        cause:
          what === 'wrong elf class'
            ? 'A shared library is 32-bit; FC runs 64-bit x86-64.'
            : what === 'file too short'
              ? 'A shared library is truncated or empty (damaged download, Git LFS pointer, broken copy).'
              : 'A file loaded as a shared library is not Linux ELF: dependencies installed on macOS (Mach-O) or Windows (PE) were packaged, or the file is damaged.',
        fix: `Install the dependencies for Linux x86-64 (pip install --platform manylinux2014_x86_64 --only-binary=:all: ..., or let fc-python-pack build them in a Linux image). \`${DOCTOR}\` names each such file.`,
        findingCodes: ['macho', 'pe', 'elf-machine', 'native-corrupt', 'not-native'],
      };
    },
  },
  {
    id: 'shared-library-missing',
    test: (f) => {
      const m = /(?:error while loading shared libraries:\s*)?([\w.+-]+\.so[\w.]*):\s*cannot open shared object file/i.exec(f.text);
      if (!m) return undefined;
      return {
        title: `Shared library ${m[1]} cannot be opened`,
        cause:
          `${m[1]} is not installed in the FC runtime (e.g. libGL.so.1 for opencv-python) or not on the library path; glibc gives the same message for a library built for another machine (aarch64) even when the file exists.`,
        fix: `Prefer packages that bundle their libraries (opencv-python-headless instead of opencv-python); ship extra .so files in a layer and add their directory to LD_LIBRARY_PATH in bootstrap; make sure binaries are x86-64 (\`${DOCTOR}\`).`,
        findingCodes: ['native-lib-missing', 'native-lib-path', 'layer-ld-library-path', 'elf-machine'],
      };
    },
  },
  {
    id: 'module-missing',
    test: (f) => {
      const m = /No\s+module\s+named\s+['"‘]?([A-Za-z_][\w.]*)/i.exec(f.text);
      if (!m) return undefined;
      const name = m[1] ?? '';
      const top = name.split('.')[0] ?? name;
      const compiled = name.includes('.') && (name.split('.').pop() ?? '').startsWith('_');
      return {
        title: `Python cannot import '${name}': the dependencies are not in the artifact (or not on the path)`,
        cause:
          `The server's Python could not find '${top}'${compiled ? ` (the compiled part '${name}': the package is there but its extension file was built for another Python version or platform)` : ''}. ` +
          'Dependencies were not installed into the code package or a layer, or they were installed into a folder that is not on PYTHONPATH, or for another Python version. ' +
          (f.exitCode === 1 ? EPERM_NOTE : ''),
        fix:
          'Build the dependencies into the artifact with fc-python-pack: target layer (and attach the layer to the function) or target code with include-deps. ' +
          'If you install them into a custom folder yourself, export PYTHONPATH in bootstrap before starting the server (e.g. export PYTHONPATH=/code/python:$PYTHONPATH). ' +
          `Install them for the Python version the function runs. \`${DOCTOR}\` checks both.`,
        findingCodes: ['deps-missing', 'deps-closure', 'cpython-abi'],
      };
    },
  },
  ...START_RULES,
  {
    id: 'command-not-found',
    test: (f, earlier) => {
      if (f.exitCode !== 127 || earlier.has('crlf') || earlier.has('not-python')) return undefined;
      const cmd =
        /([\w./-]+):\s*(?:line\s+\d+:\s*)?([\w./-]+):\s*(?:command\s+)?not\s+found/i.exec(f.text)?.[2] ??
        /([\w./-]+):\s*(?:command\s+)?not\s+found/i.exec(f.text)?.[1];
      return {
        title: `A command was not found (exit code 127)${cmd ? `: ${cmd}` : ''}`,
        cause:
          `The shell running ${f.startCommand ?? 'bootstrap'} could not find ${cmd ? `'${cmd}'` : 'a command'}: it is not installed in the runtime or not on PATH. ` +
          'Console scripts such as uvicorn or gunicorn installed with pip --target have no bin directory on PATH. (127 is also what a binary whose shared libraries are missing exits with.)',
        fix: `Start the server through the interpreter, e.g. ${BOOTSTRAP_EXAMPLE}, and use an interpreter the runtime has (check its name and version).`,
        findingCodes: ['bootstrap-command', 'bootstrap-python'],
      };
    },
  },
  {
    id: 'interpreter-not-found',
    test: (f, earlier) =>
      f.exitCode === 2 && !earlier.has('crlf') && !earlier.has('bootstrap-missing') && !earlier.has('script-missing')
        ? {
            title: 'The start command or its interpreter does not exist (no such file or directory)',
            cause:
              `${startCmd(f)} names a file that is missing, or its "#!" line names an interpreter that is not in the runtime (e.g. #!/usr/local/bin/python3.11 from a local machine), or that line ends in an invisible CR (CRLF line endings).`,
            fix: `Use "#!/bin/bash" or "#!/usr/bin/env python3" with LF line endings, and check the start command path. \`${DOCTOR}\` checks bootstrap.`,
            findingCodes: ['bootstrap-shebang', 'bootstrap-crlf'],
          }
        : undefined,
  },
  {
    id: 'not-listening',
    test: (f) => {
      const startupFailure = has(
        f,
        /health\s*check\s+failed|FunctionNotStarted|did\s+not\s+start\s+listening|not\s+(?:yet\s+)?listening|http\s+server\s+cannot\s+be\s+started|Ping\s+CA\s+failed|connection\s+refused|i\/o\s+timeout|timed?\s*out/i,
      );
      // A process that exited is not a listening problem; other rules explain it.
      if (!startupFailure || f.exitCode !== undefined || has(f, /CAExited|exited\s+unexpectedly|CA\s+process\s+either/i)) return undefined;
      const checked = /on\s+port\s+(\d+)/i.exec(f.text)?.[1] ?? /dial\s+tcp\s+[^\s:]+:(\d+)/i.exec(f.text)?.[1];
      const listen = /(?:running|listening|serving)\s+on\s+(?:https?:\/\/)?(?:\[?([\w.:]+?)\]?):(\d+)/i.exec(f.text);
      const loopback = listen && /^(127\.|localhost|::1)/i.test(listen[1] ?? '');
      const details = [
        loopback ? `The logs show the server listening on ${listen?.[1]}:${listen?.[2]}, which FC cannot reach from outside the instance.` : '',
        checked && listen && listen[2] !== checked ? `FC checks port ${checked} but the server listens on ${listen[2]}.` : '',
      ].filter(Boolean);
      return {
        title: 'The server did not start listening where FC expects it',
        cause:
          'FC connects to the function port (9000 unless configured otherwise) on the instance\'s network interface and gives the server 120 seconds to accept. ' +
          'The usual causes: binding to 127.0.0.1/localhost (uvicorn\'s default) instead of 0.0.0.0, listening on another port, or start-up taking too long (heavy imports or model downloads before listening, or a network call that hangs). ' +
          details.join(' '),
        fix: `Start with --host 0.0.0.0 and the port from FC_SERVER_PORT (default 9000), e.g. ${BOOTSTRAP_EXAMPLE}; keep the function's port setting equal to it, and start listening well within 120 s (load big things lazily).`,
        findingCodes: ['bootstrap-listen'],
      };
    },
  },
  {
    id: 'python-exit-1',
    test: (f, earlier) => {
      if (f.exitCode !== 1 || earlier.has('module-missing') || earlier.has('glibc-too-new') || earlier.has('foreign-binary') || earlier.has('shared-library-missing')) return undefined;
      const err = lastPythonError(f.text);
      return {
        title: 'The server process exited with status 1 during start-up',
        cause: `Python (or the bootstrap script) stopped with an error before serving. ${EPERM_NOTE}` + (err ? ` The last error in the logs: ${err}` : ''),
        fix:
          'Read the lines after "Logs:" (or the function\'s log store): the traceback names the failing import or setting (missing environment variable, wrong module path like main:app). ' +
          `Reproduce locally by running bootstrap in the runtime's image, and check the artifact with \`${DOCTOR}\`.`,
      };
    },
  },
  {
    id: 'killed-by-signal',
    test: (f) => {
      if (f.exitCode === undefined || f.exitCode <= 128 || f.exitCode > 128 + 64) return undefined;
      const signal = f.exitCode - 128;
      const known: Record<number, [string, string]> = {
        9: ['SIGKILL', 'usually the instance ran out of memory while starting (large imports or models); raise the function\'s memory'],
        11: ['SIGSEGV', 'a native extension crashed, often one built for a different Python or system library versions'],
        6: ['SIGABRT', 'a native library aborted'],
      };
      const [name, why] = known[signal] ?? [`signal ${signal}`, 'the process was killed'];
      return {
        title: `The server process was killed by ${name} (exit code ${f.exitCode})`,
        cause: `Exit codes above 128 mean "killed by signal (code - 128)": ${why}.`,
        fix: `Check memory use and the logs; run \`${DOCTOR}\` to find native files built for another platform or Python.`,
        findingCodes: signal === 11 ? ['cpython-abi', 'glibc-too-new'] : [],
      };
    },
  },
  {
    id: 'ca-exited',
    test: (f, earlier) =>
      earlier.size === 0 && has(f, /CAExited|CA\s+process\s+either\s+cannot\s+be\s+started\s+or\s+exited/i)
        ? {
            title: 'The server process exited (or never started) before it was listening (CAExited)',
            cause: 'FC started the start command but the process ended before accepting connections; the error text does not say why, the logs after it do.',
            fix: `Read the "Logs" part of the error or the function's logs; run bootstrap locally in the runtime's image; check the artifact with \`${DOCTOR}\` (executable bit, "#!" line, line endings, dependencies).`,
          }
        : undefined,
  },
  {
    id: 'exited',
    test: (f, earlier) =>
      earlier.size === 0 && f.exitCode !== undefined
        ? {
            title: `The server process exited with code ${f.exitCode} during start-up`,
            cause:
              `${startCmd(f)} ended before it was listening.` +
              (f.errnoText ? ` FC's "${f.errnoText}" is just the errno name for the number ${f.exitCode}; the code comes from the program, so read it as the program's exit status.` : ''),
            fix: `Read the lines after "Logs:" for the program's own error, and check the artifact with \`${DOCTOR}\`.`,
          }
        : undefined,
  },
];
