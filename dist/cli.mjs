#!/usr/bin/env node
import { createRequire as __fcppCreateRequire } from 'node:module';
const require = __fcppCreateRequire(import.meta.url);
import {
  INPUT_SPECS,
  build,
  cleanUpOnSignals,
  defaultPython,
  deploy,
  deployOutputs,
  doctorExitCode,
  errorMessage,
  formatReport,
  functionConfig,
  isUserError,
  makePlan,
  outputsOf,
  parseEnvironment,
  parseInputs,
  parseIntInput,
  parsePythonVersion,
  parseRuntime,
  publish,
  runDoctor,
  splitArgs,
  summaryLines
} from "./chunks/chunk-7XQRW4AZ.mjs";
import "./chunks/chunk-5UT5PYWT.mjs";
import "./chunks/chunk-LI6FLOQR.mjs";

// src/cli/cli.ts
import { parseArgs } from "node:util";

// src/doctor/explain-facts.ts
var DOCTOR = "fc-python-pack doctor <artifact>";
var BOOTSTRAP_EXAMPLE = "`exec python3 -m uvicorn main:app --host 0.0.0.0 --port ${FC_SERVER_PORT:-9000}`";
function normalizeErrorText(raw) {
  let s = raw;
  for (let i = 0; i < 3; i++) {
    const next = s.replace(/\\(["\\/nt])/g, (_, c) => c === "n" ? "\n" : c === "t" ? "	" : c);
    if (next === s) break;
    s = next;
  }
  return s.replace(/\r(?!\n)/g, "\\r").replace(/\r\n/g, "\n");
}
var ERRNO_TEXT = {
  "operation not permitted": 1,
  "no such file or directory": 2,
  "exec format error": 8,
  "permission denied": 13
};
function extractFacts(raw) {
  const text = normalizeErrorText(raw);
  const fc = /exited\s+unexpectedly\s*\(\s*code\s*[:=]?\s*(\d+)\s*(?:,\s*message\s*[:=]\s*([^)\n]*))?\)/i.exec(text);
  const message = fc?.[2] ?? /\bmessage"?\s*[:=]\s*"?([a-z ]+?)"?\s*[,)}\n]/i.exec(text)?.[1];
  const errnoText = message?.trim().toLowerCase();
  const codeText = fc?.[1] ?? /\bcode\s*[:=]?\s*(\d+)\s*,\s*"?message/i.exec(text)?.[1] ?? /"(?:exit_?)?code"\s*:\s*"?(\d+)/i.exec(text)?.[1] ?? /\bexit(?:ed)?(?:\s+with)?\s+(?:code|status)\s*[:=]?\s*(\d+)/i.exec(text)?.[1];
  const exitCode = codeText !== void 0 ? Number(codeText) : errnoText !== void 0 ? ERRNO_TEXT[errnoText] : void 0;
  const startCommand = /with\s+start\s+command\s+'([^']*)'/i.exec(text)?.[1]?.trim();
  return {
    text,
    ...exitCode !== void 0 ? { exitCode } : {},
    ...errnoText ? { errnoText } : {},
    ...startCommand ? { startCommand } : {}
  };
}
var has = (f, re) => re.test(f.text);
var startCmd = (f) => f.startCommand ? `The start command (${f.startCommand})` : "The start command";
var EPERM_NOTE = '"operation not permitted" is not a permission problem: FC prints the errno name that has the same number as the exit code, and errno 1 is EPERM; the process simply exited with status 1.';
function lastPythonError(text) {
  const lines = [...text.matchAll(/^[ \t]*([A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt)\b:?.*)$/gm)];
  return lines[lines.length - 1]?.[1]?.trim();
}

// src/doctor/explain-start.ts
var ECOSYSTEMS = [
  {
    name: "Node.js",
    commands: /^(node|nodejs|npm|npx|yarn|pnpm|next|nuxt|nuxi|vite|nest|ts-node|tsx|pm2|remix-serve|astro|bun)$/,
    fix: (cmd) => `Ship node_modules (npm ci --omit=dev, built for Linux x86-64) in the code package or a layer: Serverless Devs and fc-python-pack leave node_modules/ out by default, and FC's PATH never has node_modules/.bin. Start through node by path, listening on 0.0.0.0 and the function's port, e.g. ${cmd === "next" ? "`exec node node_modules/next/dist/bin/next start -H 0.0.0.0 -p 9000`" : "`exec node server.js` (PORT=9000, HOST=0.0.0.0)"}, on a runtime that has Node.js (FC's Node.js runtimes, or a custom container image with node).`
  },
  {
    name: "Java",
    commands: /^(java|mvn|gradle|gradlew|\.\/mvnw|\.\/gradlew)$/,
    fix: () => "Package a runnable jar and start it with FC's Java runtime (or a custom container image with a JRE): `exec java -jar app.jar --server.port=9000`."
  },
  {
    name: "a non-Python",
    commands: /^(php|php-fpm|ruby|bundle|rails|puma|go|dotnet|deno)$/,
    fix: (cmd) => `Use an FC runtime or a custom container image that has ${cmd}, and start the server on 0.0.0.0 and the function's port.`
  }
];
function notFound(text) {
  return /(?:^|[\s:])([\w./-]+):\s*(?:line\s+\d+:\s*)?([\w./-]+):\s*(?:command\s+)?not\s+found/im.exec(text)?.[2] ?? /env:\s*['‘]?([\w./-]+)['’]?:\s*No\s+such\s+file/i.exec(text)?.[1] ?? /(?:^|[\s'"])([\w./-]+):\s*(?:command\s+)?not\s+found/im.exec(text)?.[1];
}
var START_RULES = [
  {
    id: "script-missing",
    test: (f, earlier) => {
      if (earlier.has("crlf")) return void 0;
      const m = /can't\s+open\s+file\s+['"]?([^'"\n]+?)['"]?:\s*\[Errno\s+2\]/i.exec(f.text);
      if (!m) return void 0;
      const file = m[1];
      const base = file.split("/").pop();
      return {
        title: `The start command runs ${file}, which is not in the code package`,
        cause: `Python was started on ${file} and found no such file (exit code 2; "no such file or directory" is only errno 2's name). Usually the zip holds the project folder rather than its contents (the file is at /code/<folder>/${base}), the start command names another file or folder than the one deployed, or the file was left out (.fcignore, exclude).`,
        fix: `List the package (unzip -l function.zip) and make the start command's path match it, relative to /code: zip the folder's contents, not the folder, or fix the command in bootstrap or in s.yaml (customRuntimeConfig). \`${DOCTOR}\` checks that the file the start command runs is there.`,
        findingCodes: ["app-missing", "bootstrap-command"]
      };
    }
  },
  {
    id: "not-python",
    test: (f, earlier) => {
      if (earlier.has("crlf")) return void 0;
      const cmd = notFound(f.text);
      const base = cmd?.split("/").pop();
      const eco = base ? ECOSYSTEMS.find((e) => e.commands.test(base) || e.commands.test(cmd)) : void 0;
      if (!eco || !cmd) return void 0;
      return {
        title: `The start command runs ${cmd}, a ${eco.name === "a non-Python" ? "non-Python" : eco.name} command, and the instance has no such command`,
        cause: `This function does not start Python: ${cmd} is ${eco.name === "a non-Python" ? "a command of another language" : `a ${eco.name} command`}, and the runtime has no such program on PATH (exit code 127). Python fixes (uvicorn, PYTHONPATH) do not apply; fc-python-pack builds Python functions only.`,
        fix: eco.fix(base),
        findingCodes: ["bootstrap-command"]
      };
    }
  }
];

// src/doctor/explain.ts
function explain(text) {
  const facts = extractFacts(text);
  const matched = /* @__PURE__ */ new Set();
  const out = [];
  for (const rule of RULES) {
    const m = rule.test(facts, matched);
    if (!m) continue;
    matched.add(rule.id);
    out.push({ matched: true, id: rule.id, ...m });
  }
  return out.length > 0 ? out : [unknown(text)];
}
function unknown(text) {
  return {
    matched: false,
    id: "unknown",
    title: "Not a Function Compute start-up error this tool recognises",
    cause: text.trim() ? "The text matches none of the known custom-runtime failures (process exits, health-check failures, FunctionNotStarted, CAExited, missing modules, glibc or binary-format errors)." : "No error text was given.",
    fix: `Check the artifact you deployed offline with \`${DOCTOR}\`; and paste the whole error including the lines after "Logs:", which usually name the real cause.`
  };
}
var CRLF = /(?:\b(?:bash|sh|python[\d.]*|env|uvicorn|gunicorn)(?:\\r|\^M|'\$'\\r')|\$'\\r'|\\r'?\s*:\s*(?:command not found|no such file))/i;
var RULES = [
  {
    id: "crlf",
    test: (f) => has(f, CRLF) ? {
      title: "bootstrap has Windows (CRLF) line endings",
      cause: `The script's lines end in CR LF, so the shell or the kernel reads the interpreter as "bash\\r" or "python3\\r" (with a carriage return) and cannot find it: env reports it and exits with 127, the kernel with code 2 (no such file or directory); commands inside the script fail the same way.`,
      fix: `Convert the file to LF line endings (dos2unix bootstrap, or sed -i 's/\\r$//' bootstrap) and stop Git from converting it back: git config core.autocrlf input, or a .gitattributes line "bootstrap text eol=lf". Check with \`${DOCTOR}\`.`,
      findingCodes: ["bootstrap-crlf"]
    } : void 0
  },
  {
    id: "exec-format",
    test: (f) => f.exitCode === 8 || has(f, /exec\s+format\s+error/i) ? {
      title: "The start command is not a program Linux can run (exec format error)",
      cause: `${startCmd(f)} is a script without a "#!" first line (or with a byte-order mark or a blank line before it), so the kernel does not know which interpreter to use; or it is a binary built for another machine (arm64/aarch64, macOS) while FC runs Linux x86-64.`,
      fix: `Make "#!/bin/bash" (or "#!/usr/bin/env bash") the very first bytes of bootstrap, saved without a BOM, and end it with e.g. ${BOOTSTRAP_EXAMPLE}. For a compiled start command, build it for linux/amd64.`,
      findingCodes: ["bootstrap-shebang", "bootstrap-bom", "elf-machine"]
    } : void 0
  },
  {
    id: "permission",
    test: (f) => f.exitCode === 13 || f.errnoText === "permission denied" ? {
      title: "The start command is not executable (permission denied)",
      cause: `${startCmd(f)} lost its executable bit: the zip was made by a tool that does not store Unix permissions (Windows Explorer, some archivers) or from a checkout where Git did not keep the mode, so FC unpacks it as a plain 0644 file.`,
      fix: "chmod 755 bootstrap and zip it with a tool that keeps Unix modes (zip -r on Linux/macOS), or let fc-python-pack build the artifact: it always stores bootstrap as 0755. In Git: git update-index --chmod=+x bootstrap.",
      findingCodes: ["bootstrap-mode"]
    } : void 0
  },
  {
    id: "bootstrap-missing",
    test: (f) => {
      const m = /(?:the\s+file\s+(\S+)\s+(?:is\s+not\s+exist|does\s+not\s+exist)|Failed\s+to\s+start\s+function\s+instance)/i.exec(f.text);
      if (!m) return void 0;
      const file = m[1] ?? f.startCommand ?? "/code/bootstrap";
      return {
        title: `The start command file ${file} is not in the deployed code`,
        cause: "FC runs /code/bootstrap unless a start command is configured, and that file is missing. Usually the zip contains the project folder instead of its contents, so the file ends up at /code/<folder>/bootstrap.",
        fix: `Put bootstrap at the root of the zip (zip from inside the folder) or set the function's start command to the right path. fc-python-pack places bootstrap at the root; \`${DOCTOR}\` shows where it is.`,
        findingCodes: ["bootstrap-missing"]
      };
    }
  },
  {
    id: "glibc-too-new",
    test: (f) => {
      const m = /version\s+[`'‘"]?GLIBC_(\d+(?:\.\d+)+)[`'’"]?\s+not\s+found(?:\s*\(required\s+by\s+([^)\s]+)\))?/i.exec(f.text);
      if (!m) return void 0;
      const by = m[2] ? ` (${m[2]})` : "";
      return {
        title: `A native library needs glibc ${m[1]}, newer than the runtime's`,
        cause: `A compiled file${by} was built against GLIBC_${m[1]}; custom.debian10 has glibc 2.28, custom.debian11 2.31, custom.debian12 2.36. It was probably installed from a wheel for a newer manylinux, or built on a newer Linux.`,
        fix: `Install wheels whose manylinux tag fits the runtime (manylinux2014 = glibc 2.17 fits every FC runtime; manylinux_2_28 fits debian10), pin an older package version that still ships them, or build the dependency in an image matching the runtime; or move the function to a runtime with a new enough glibc. \`${DOCTOR}\` lists every file that needs too new a glibc.`,
        findingCodes: ["glibc-too-new"]
      };
    }
  },
  {
    id: "foreign-binary",
    test: (f) => {
      const m = /(invalid\s+ELF\s+header|wrong\s+ELF\s+class|file\s+too\s+short)/i.exec(f.text);
      if (!m) return void 0;
      const what = (m[1] ?? "").toLowerCase().replace(/\s+/g, " ");
      return {
        title: `A compiled module cannot be loaded on Linux x86-64 (${what})`,
        cause: what === "wrong elf class" ? "A shared library is 32-bit; FC runs 64-bit x86-64." : what === "file too short" ? "A shared library is truncated or empty (damaged download, Git LFS pointer, broken copy)." : "A file loaded as a shared library is not Linux ELF: dependencies installed on macOS (Mach-O) or Windows (PE) were packaged, or the file is damaged.",
        fix: `Install the dependencies for Linux x86-64 (pip install --platform manylinux2014_x86_64 --only-binary=:all: ..., or let fc-python-pack build them in a Linux image). \`${DOCTOR}\` names each such file.`,
        findingCodes: ["macho", "pe", "elf-machine", "native-corrupt", "not-native"]
      };
    }
  },
  {
    id: "shared-library-missing",
    test: (f) => {
      const m = /(?:error while loading shared libraries:\s*)?([\w.+-]+\.so[\w.]*):\s*cannot open shared object file/i.exec(f.text);
      if (!m) return void 0;
      return {
        title: `Shared library ${m[1]} cannot be opened`,
        cause: `${m[1]} is not installed in the FC runtime (e.g. libGL.so.1 for opencv-python) or not on the library path; glibc gives the same message for a library built for another machine (aarch64) even when the file exists.`,
        fix: `Prefer packages that bundle their libraries (opencv-python-headless instead of opencv-python); ship extra .so files in a layer and add their directory to LD_LIBRARY_PATH in bootstrap; make sure binaries are x86-64 (\`${DOCTOR}\`).`,
        findingCodes: ["native-lib-missing", "native-lib-path", "layer-ld-library-path", "elf-machine"]
      };
    }
  },
  {
    id: "module-missing",
    test: (f) => {
      const m = /No\s+module\s+named\s+['"‘]?([A-Za-z_][\w.]*)/i.exec(f.text);
      if (!m) return void 0;
      const name = m[1] ?? "";
      const top = name.split(".")[0] ?? name;
      const compiled = name.includes(".") && (name.split(".").pop() ?? "").startsWith("_");
      return {
        title: `Python cannot import '${name}': the dependencies are not in the artifact (or not on the path)`,
        cause: `The server's Python could not find '${top}'${compiled ? ` (the compiled part '${name}': the package is there but its extension file was built for another Python version or platform)` : ""}. Dependencies were not installed into the code package or a layer, or they were installed into a folder that is not on PYTHONPATH, or for another Python version. ` + (f.exitCode === 1 ? EPERM_NOTE : ""),
        fix: `Build the dependencies into the artifact with fc-python-pack: target layer (and attach the layer to the function) or target code with include-deps. If you install them into a custom folder yourself, export PYTHONPATH in bootstrap before starting the server (e.g. export PYTHONPATH=/code/python:$PYTHONPATH). Install them for the Python version the function runs. \`${DOCTOR}\` checks both.`,
        findingCodes: ["deps-missing", "deps-closure", "cpython-abi"]
      };
    }
  },
  ...START_RULES,
  {
    id: "command-not-found",
    test: (f, earlier) => {
      if (f.exitCode !== 127 || earlier.has("crlf") || earlier.has("not-python")) return void 0;
      const cmd = /([\w./-]+):\s*(?:line\s+\d+:\s*)?([\w./-]+):\s*(?:command\s+)?not\s+found/i.exec(f.text)?.[2] ?? /([\w./-]+):\s*(?:command\s+)?not\s+found/i.exec(f.text)?.[1];
      return {
        title: `A command was not found (exit code 127)${cmd ? `: ${cmd}` : ""}`,
        cause: `The shell running ${f.startCommand ?? "bootstrap"} could not find ${cmd ? `'${cmd}'` : "a command"}: it is not installed in the runtime or not on PATH. Console scripts such as uvicorn or gunicorn installed with pip --target have no bin directory on PATH. (127 is also what a binary whose shared libraries are missing exits with.)`,
        fix: `Start the server through the interpreter, e.g. ${BOOTSTRAP_EXAMPLE}, and use an interpreter the runtime has (check its name and version).`,
        findingCodes: ["bootstrap-command", "bootstrap-python"]
      };
    }
  },
  {
    id: "interpreter-not-found",
    test: (f, earlier) => f.exitCode === 2 && !earlier.has("crlf") && !earlier.has("bootstrap-missing") && !earlier.has("script-missing") ? {
      title: "The start command or its interpreter does not exist (no such file or directory)",
      cause: `${startCmd(f)} names a file that is missing, or its "#!" line names an interpreter that is not in the runtime (e.g. #!/usr/local/bin/python3.11 from a local machine), or that line ends in an invisible CR (CRLF line endings).`,
      fix: `Use "#!/bin/bash" or "#!/usr/bin/env python3" with LF line endings, and check the start command path. \`${DOCTOR}\` checks bootstrap.`,
      findingCodes: ["bootstrap-shebang", "bootstrap-crlf"]
    } : void 0
  },
  {
    id: "not-listening",
    test: (f) => {
      const startupFailure = has(
        f,
        /health\s*check\s+failed|FunctionNotStarted|did\s+not\s+start\s+listening|not\s+(?:yet\s+)?listening|http\s+server\s+cannot\s+be\s+started|Ping\s+CA\s+failed|connection\s+refused|i\/o\s+timeout|timed?\s*out/i
      );
      if (!startupFailure || f.exitCode !== void 0 || has(f, /CAExited|exited\s+unexpectedly|CA\s+process\s+either/i)) return void 0;
      const checked = /on\s+port\s+(\d+)/i.exec(f.text)?.[1] ?? /dial\s+tcp\s+[^\s:]+:(\d+)/i.exec(f.text)?.[1];
      const listen = /(?:running|listening|serving)\s+on\s+(?:https?:\/\/)?(?:\[?([\w.:]+?)\]?):(\d+)/i.exec(f.text);
      const loopback = listen && /^(127\.|localhost|::1)/i.test(listen[1] ?? "");
      const details = [
        loopback ? `The logs show the server listening on ${listen?.[1]}:${listen?.[2]}, which FC cannot reach from outside the instance.` : "",
        checked && listen && listen[2] !== checked ? `FC checks port ${checked} but the server listens on ${listen[2]}.` : ""
      ].filter(Boolean);
      return {
        title: "The server did not start listening where FC expects it",
        cause: "FC connects to the function port (9000 unless configured otherwise) on the instance's network interface and gives the server 120 seconds to accept. The usual causes: binding to 127.0.0.1/localhost (uvicorn's default) instead of 0.0.0.0, listening on another port, or start-up taking too long (heavy imports or model downloads before listening, or a network call that hangs). " + details.join(" "),
        fix: `Start with --host 0.0.0.0 and the port from FC_SERVER_PORT (default 9000), e.g. ${BOOTSTRAP_EXAMPLE}; keep the function's port setting equal to it, and start listening well within 120 s (load big things lazily).`,
        findingCodes: ["bootstrap-listen"]
      };
    }
  },
  {
    id: "python-exit-1",
    test: (f, earlier) => {
      if (f.exitCode !== 1 || earlier.has("module-missing") || earlier.has("glibc-too-new") || earlier.has("foreign-binary") || earlier.has("shared-library-missing")) return void 0;
      const err = lastPythonError(f.text);
      return {
        title: "The server process exited with status 1 during start-up",
        cause: `Python (or the bootstrap script) stopped with an error before serving. ${EPERM_NOTE}` + (err ? ` The last error in the logs: ${err}` : ""),
        fix: `Read the lines after "Logs:" (or the function's log store): the traceback names the failing import or setting (missing environment variable, wrong module path like main:app). Reproduce locally by running bootstrap in the runtime's image, and check the artifact with \`${DOCTOR}\`.`
      };
    }
  },
  {
    id: "killed-by-signal",
    test: (f) => {
      if (f.exitCode === void 0 || f.exitCode <= 128 || f.exitCode > 128 + 64) return void 0;
      const signal = f.exitCode - 128;
      const known = {
        9: ["SIGKILL", "usually the instance ran out of memory while starting (large imports or models); raise the function's memory"],
        11: ["SIGSEGV", "a native extension crashed, often one built for a different Python or system library versions"],
        6: ["SIGABRT", "a native library aborted"]
      };
      const [name, why] = known[signal] ?? [`signal ${signal}`, "the process was killed"];
      return {
        title: `The server process was killed by ${name} (exit code ${f.exitCode})`,
        cause: `Exit codes above 128 mean "killed by signal (code - 128)": ${why}.`,
        fix: `Check memory use and the logs; run \`${DOCTOR}\` to find native files built for another platform or Python.`,
        findingCodes: signal === 11 ? ["cpython-abi", "glibc-too-new"] : []
      };
    }
  },
  {
    id: "ca-exited",
    test: (f, earlier) => earlier.size === 0 && has(f, /CAExited|CA\s+process\s+either\s+cannot\s+be\s+started\s+or\s+exited/i) ? {
      title: "The server process exited (or never started) before it was listening (CAExited)",
      cause: "FC started the start command but the process ended before accepting connections; the error text does not say why, the logs after it do.",
      fix: `Read the "Logs" part of the error or the function's logs; run bootstrap locally in the runtime's image; check the artifact with \`${DOCTOR}\` (executable bit, "#!" line, line endings, dependencies).`
    } : void 0
  },
  {
    id: "exited",
    test: (f, earlier) => earlier.size === 0 && f.exitCode !== void 0 ? {
      title: `The server process exited with code ${f.exitCode} during start-up`,
      cause: `${startCmd(f)} ended before it was listening.` + (f.errnoText ? ` FC's "${f.errnoText}" is just the errno name for the number ${f.exitCode}; the code comes from the program, so read it as the program's exit status.` : ""),
      fix: `Read the lines after "Logs:" for the program's own error, and check the artifact with \`${DOCTOR}\`.`
    } : void 0
  }
];

// src/cli/cli.ts
import fs from "node:fs";
import path from "node:path";
var VERSION = "1.0.0";
function where(w) {
  return w?.file ? ` (${w.file}${w.line ? `:${w.line}` : ""})` : "";
}
function cliLog(verbose) {
  const err = (s) => process.stderr.write(`${s}
`);
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
    }
  };
}
function usage() {
  const flags = INPUT_SPECS.map((s) => `  --${s.name.padEnd(20)} ${s.description}${s.default ? ` [${s.default}]` : ""}`);
  return [
    "Usage: fc-python-pack build [folder] [options]",
    `       fc-python-pack doctor <function.zip | layer.zip | image.tar | folder> [--s-yaml s.yaml [--function name]] [--runtime custom.debian10] [--python-version 3.10 (default: the runtime's)] [--port 9000] [--bootstrap bootstrap|none | --start-command "python3 -u index.py"] [--environment KEY=VALUE ...] [--kind auto|code|layer|image] [--layer layer.zip ...] [--json]`,
    "                                        (a folder with an s.yaml, or the code folder an s.yaml in its parent names, is read with it)",
    '       fc-python-pack explain "<FC error text>"     (or the text on standard input)',
    "",
    "build: builds layer.zip, function.zip or an image tar for Alibaba Cloud Function Compute.",
    "doctor: finds what would stop FC from starting an artifact; exit 0 no errors, 1 errors, 2 bad usage.",
    "explain: says what an FC error message means and what to do.",
    "A folder given as the first argument is the working directory.",
    "",
    "Options (the action inputs):",
    ...flags,
    "  --json                 print the outputs as JSON on stdout",
    "  --verbose              show pip and docker output",
    "  -h, --help             this help",
    "  --version              print the version"
  ].join("\n");
}
async function doctorCommand(args) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        "python-version": { type: "string" },
        runtime: { type: "string" },
        port: { type: "string" },
        bootstrap: { type: "string" },
        kind: { type: "string" },
        layer: { type: "string", multiple: true },
        "s-yaml": { type: "string" },
        function: { type: "string" },
        "start-command": { type: "string" },
        environment: { type: "string", multiple: true },
        json: { type: "boolean" }
      }
    });
  } catch (e) {
    process.stderr.write(`error: ${errorMessage(e)}. See fc-python-pack --help.
`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    process.stderr.write("error: doctor takes one artifact: a function.zip, a layer.zip or a folder.\n");
    return 2;
  }
  const kind = values.kind ?? "auto";
  if (!["auto", "code", "layer", "image"].includes(kind)) {
    process.stderr.write(`error: --kind must be auto, code, layer or image; got "${kind}".
`);
    return 2;
  }
  let opts;
  let subject = positionals[0];
  try {
    const isFolder = fs.statSync(subject, { throwIfNoEntry: false })?.isDirectory() ?? false;
    const startCommand = values["start-command"] ? splitArgs(values["start-command"], "start-command") : void 0;
    const fn = functionConfig(
      {
        workingDirectory: path.resolve(isFolder ? subject : "."),
        workspace: process.cwd(),
        sYaml: values["s-yaml"] ? path.resolve(values["s-yaml"]) : isFolder ? void 0 : null,
        functionName: values.function,
        startCommand,
        bootstrap: values.bootstrap === "none" ? null : values.bootstrap,
        runtime: values.runtime ? parseRuntime(values.runtime) : void 0,
        port: values.port ? parseIntInput("port", values.port, 1, 65535) : void 0,
        environment: values.environment ? parseEnvironment(values.environment.join("\n")) : void 0,
        target: kind === "layer" ? "layer" : kind === "image" ? "image" : "code"
      },
      process.env
    );
    for (const n of fn.notices) process.stderr.write(`notice: ${n.message}
`);
    if (isFolder && fn.sYaml) subject = fn.codeDir;
    opts = {
      // Without --python-version: the runtime's own Python.
      pythonVersion: values["python-version"] ? parsePythonVersion(values["python-version"]) : defaultPython(fn.runtime).version,
      runtime: fn.runtime,
      port: fn.port,
      bootstrap: fn.start.kind === "bootstrap" ? fn.start.file : null,
      startCommand: fn.start.kind === "command" ? fn.start.argv : void 0,
      environment: fn.environment?.vars,
      functionFrom: fn.sYaml?.shown ?? (fn.environment ? "environment" : void 0),
      layerArns: fn.layers,
      kind,
      layers: values.layer ?? []
    };
  } catch (e) {
    process.stderr.write(`error: ${errorMessage(e)}
`);
    return 2;
  }
  try {
    const report = await runDoctor(subject, opts);
    process.stdout.write(`${formatReport(report, { json: values.json })}
`);
    return doctorExitCode(report);
  } catch (e) {
    process.stderr.write(`error: ${errorMessage(e)}
`);
    return isUserError(e) ? 2 : 1;
  }
}
async function explainCommand(args) {
  let text = args.join(" ");
  if (!text.trim() && !process.stdin.isTTY) {
    const chunks = [];
    for await (const c of process.stdin) chunks.push(c);
    text = Buffer.concat(chunks).toString("utf8");
  }
  if (!text.trim()) {
    process.stderr.write("error: explain needs FC's error text, as an argument or on standard input.\n");
    return 2;
  }
  const answers = explain(text);
  for (const a of answers) {
    process.stdout.write(`${a.title}
  cause: ${a.cause}
  fix:   ${a.fix}
`);
    if (a.findingCodes?.length) process.stdout.write(`  doctor checks: ${a.findingCodes.join(", ")}
`);
  }
  return answers.some((a) => a.matched) ? 0 : 1;
}
function joinValues(args) {
  const takesValue = new Set(INPUT_SPECS.map((s) => `--${s.name}`));
  const out = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      out.push(...args.slice(i));
      break;
    }
    if (takesValue.has(a) && i + 1 < args.length && args[i + 1].startsWith("-")) out.push(`${a}=${args[++i]}`);
    else out.push(a);
  }
  return out;
}
async function main(argv) {
  const [command, ...rest] = argv;
  if (!command || command === "-h" || command === "--help" || command === "help") {
    process.stdout.write(`${usage()}
`);
    return command ? 0 : 2;
  }
  if (command === "--version") {
    process.stdout.write(`${VERSION}
`);
    return 0;
  }
  if (command === "doctor") return doctorCommand(rest);
  if (command === "explain") return explainCommand(rest);
  if (command !== "build") {
    process.stderr.write(`error: unknown command "${command}". Commands: build, doctor, explain. See fc-python-pack --help.
`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: joinValues(rest),
      allowPositionals: true,
      options: {
        ...Object.fromEntries(INPUT_SPECS.map((s) => [s.name, { type: "string" }])),
        json: { type: "boolean" },
        verbose: { type: "boolean" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (e) {
    process.stderr.write(`error: ${errorMessage(e)}. See fc-python-pack build --help.
`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${usage()}
`);
    return 0;
  }
  if (positionals.length > 1) {
    process.stderr.write(`error: one folder at most, got ${positionals.join(" ")}.
`);
    return 2;
  }
  if (positionals[0] && values["working-directory"]) {
    process.stderr.write("error: give the folder either as an argument or as --working-directory, not both.\n");
    return 2;
  }
  const get = (name) => {
    if (name === "working-directory" && positionals[0]) return positionals[0];
    const v = values[name];
    return typeof v === "string" ? v : void 0;
  };
  const log = cliLog(Boolean(values.verbose));
  cleanUpOnSignals((m) => process.stderr.write(`error: ${m}
`));
  try {
    const inputs = parseInputs(get, { cwd: process.cwd(), env: process.env });
    const result = await build(makePlan(inputs), log);
    const published = await publish(result, log);
    const deployed = result.plan.deploy ? await deploy(result, log, { mask: () => void 0 }) : void 0;
    const outputs = { ...outputsOf(result, published), ...deployOutputs(deployed) };
    if (values.json) {
      const report = { ...outputs, entries: result.artifact.entries, "unpacked-size": result.artifact.unpackedSize, "timings-ms": result.timings };
      process.stdout.write(`${JSON.stringify(report, null, 2)}
`);
    } else {
      for (const l of summaryLines(result)) log.info(l);
      process.stdout.write(`${outputs["artifact-path"]}
`);
    }
    return 0;
  } catch (e) {
    process.stderr.write(`error: ${errorMessage(e)}
`);
    if (!isUserError(e) && values.verbose && e instanceof Error) process.stderr.write(`${e.stack}
`);
    return 1;
  }
}
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
export {
  cliLog,
  joinValues,
  main
};
