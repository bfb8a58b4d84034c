/**
 * Owns `explain`'s rules for a start command that cannot begin: the file it runs is not in the code
 * package (`python3: can't open file '/code/app.py'`), or it is not a Python start at all
 * (`next: not found` for a Node.js app), each with a fix of its own kind.
 */
import { DOCTOR, type Rule } from './explain-facts.js';

/** Commands of other ecosystems, by the runtime they belong to. */
const ECOSYSTEMS: { name: string; commands: RegExp; fix: (cmd: string) => string }[] = [
  {
    name: 'Node.js',
    commands: /^(node|nodejs|npm|npx|yarn|pnpm|next|nuxt|nuxi|vite|nest|ts-node|tsx|pm2|remix-serve|astro|bun)$/,
    fix: (cmd) =>
      `Ship node_modules (npm ci --omit=dev, built for Linux x86-64) in the code package or a layer: Serverless Devs and fc-python-pack leave node_modules/ out by default, and FC's PATH never has node_modules/.bin. ` +
      `Start through node by path, listening on 0.0.0.0 and the function's port, e.g. ${cmd === 'next' ? '`exec node node_modules/next/dist/bin/next start -H 0.0.0.0 -p 9000`' : '`exec node server.js` (PORT=9000, HOST=0.0.0.0)'}, on a runtime that has Node.js (FC's Node.js runtimes, or a custom container image with node).`,
  },
  {
    name: 'Java',
    commands: /^(java|mvn|gradle|gradlew|\.\/mvnw|\.\/gradlew)$/,
    fix: () => 'Package a runnable jar and start it with FC\'s Java runtime (or a custom container image with a JRE): `exec java -jar app.jar --server.port=9000`.',
  },
  {
    name: 'a non-Python',
    commands: /^(php|php-fpm|ruby|bundle|rails|puma|go|dotnet|deno)$/,
    fix: (cmd) => `Use an FC runtime or a custom container image that has ${cmd}, and start the server on 0.0.0.0 and the function's port.`,
  },
];

/** The command a shell or env could not find ("x: not found", "x: command not found", env: 'x': No such file). */
function notFound(text: string): string | undefined {
  return (
    /(?:^|[\s:])([\w./-]+):\s*(?:line\s+\d+:\s*)?([\w./-]+):\s*(?:command\s+)?not\s+found/im.exec(text)?.[2] ??
    /env:\s*['‘]?([\w./-]+)['’]?:\s*No\s+such\s+file/i.exec(text)?.[1] ??
    /(?:^|[\s'"])([\w./-]+):\s*(?:command\s+)?not\s+found/im.exec(text)?.[1]
  );
}

export const START_RULES: Rule[] = [
  {
    id: 'script-missing',
    test: (f, earlier) => {
      if (earlier.has('crlf')) return undefined;
      const m = /can't\s+open\s+file\s+['"]?([^'"\n]+?)['"]?:\s*\[Errno\s+2\]/i.exec(f.text);
      if (!m) return undefined;
      const file = m[1]!;
      const base = file.split('/').pop()!;
      return {
        title: `The start command runs ${file}, which is not in the code package`,
        cause:
          `Python was started on ${file} and found no such file (exit code 2; "no such file or directory" is only errno 2's name). ` +
          `Usually the zip holds the project folder rather than its contents (the file is at /code/<folder>/${base}), the start command names another file or folder than the one deployed, or the file was left out (.fcignore, exclude).`,
        fix: `List the package (unzip -l function.zip) and make the start command's path match it, relative to /code: zip the folder's contents, not the folder, or fix the command in bootstrap or in s.yaml (customRuntimeConfig). \`${DOCTOR}\` checks that the file the start command runs is there.`,
        findingCodes: ['app-missing', 'bootstrap-command'],
      };
    },
  },
  {
    id: 'not-python',
    test: (f, earlier) => {
      if (earlier.has('crlf')) return undefined;
      const cmd = notFound(f.text);
      const base = cmd?.split('/').pop();
      const eco = base ? ECOSYSTEMS.find((e) => e.commands.test(base) || e.commands.test(cmd!)) : undefined;
      if (!eco || !cmd) return undefined;
      return {
        title: `The start command runs ${cmd}, a ${eco.name === 'a non-Python' ? 'non-Python' : eco.name} command, and the instance has no such command`,
        cause: `This function does not start Python: ${cmd} is ${eco.name === 'a non-Python' ? 'a command of another language' : `a ${eco.name} command`}, and the runtime has no such program on PATH (exit code 127). Python fixes (uvicorn, PYTHONPATH) do not apply; fc-python-pack builds Python functions only.`,
        fix: eco.fix(base!),
        findingCodes: ['bootstrap-command'],
      };
    },
  },
];
