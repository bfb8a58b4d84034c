/**
 * Apps that declare their dependencies only in a lock (plus pyproject where the tool uses one),
 * written in each tool's documented format against the local index: tabulate is locked at
 * 0.8.10 while the index also has 0.10.0; exceptiongroup (and its typing-extensions) only for
 * Python < 3.11; pytest only in the dev group.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { poetryContentHashes } from '../../src/formats/lock/poetry-hash.js';
import { parseToml } from '../../src/formats/lock/toml.js';
import { INDEX_URL, tmpDir } from './env.js';

export interface IndexWheel {
  file: string;
  url: string;
  sha256: string;
}

/** A wheel's link in the local simple index: its file name, URL and the sha256 the index states. */
export function indexWheel(project: string, version: string): IndexWheel {
  for (const simple of [fileURLToPath(INDEX_URL), '/opt/pypi/simple']) {
    const html = path.join(simple, project, 'index.html');
    if (!fs.existsSync(html)) continue;
    for (const m of fs.readFileSync(html, 'utf8').matchAll(/href="([^"#]+)#sha256=([0-9a-f]{64})"/g)) {
      const file = path.basename(m[1]!);
      if (file.endsWith('.whl') && file.includes(`-${version}-`)) return { file, url: new URL(m[1]!, `file://${html}`).href, sha256: m[2]! };
    }
  }
  throw new Error(`${project} ${version} is not in the local index`);
}

export const LOCKED = {
  tabulate: '0.8.10',
  idna: '3.20',
  exceptiongroup: '1.3.1',
  'typing-extensions': '4.16.0',
  pytest: '8.4.1',
} as const;
type Locked = keyof typeof LOCKED;

const w = (p: Locked) => indexWheel(p === 'typing-extensions' ? 'typing-extensions' : p, LOCKED[p]);
/** pytest stands in for a dev tool: its hash is never checked, because it is never installed. */
const hashOf = (p: Locked) => (p === 'pytest' ? 'f'.repeat(64) : w(p).sha256);
const fileOf = (p: Locked) => (p === 'pytest' ? 'pytest-8.4.1-py3-none-any.whl' : w(p).file);

export const APP_PY = 'import tabulate\nimport idna\n\nTABLE = tabulate.tabulate([[idna.encode("example.com").decode()]])\n';

function app(files: Record<string, string>): string {
  const dir = tmpDir('fcpp-lockapp-');
  fs.writeFileSync(path.join(dir, 'main.py'), APP_PY);
  for (const [f, t] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), t);
  return dir;
}

export const PYPROJECT = `[project]
name = "svc"
version = "0.1.0"
requires-python = ">=3.10"
dependencies = ["tabulate==0.8.10", "idna>=3", "exceptiongroup>=1.2 ; python_full_version < '3.11'"]

[dependency-groups]
dev = ["pytest>=8"]
`;

/** uv.lock, revision 2, as `uv lock` writes it for PYPROJECT. `opts.hash` replaces tabulate's hash. */
export function uvApp(opts: { tabulateHash?: string; pyproject?: string } = {}): string {
  const reg = `source = { registry = "${INDEX_URL}" }`;
  const pkg = (p: Locked, extra = '') =>
    `[[package]]\nname = "${p}"\nversion = "${LOCKED[p]}"\n${reg}\n${extra}wheels = [\n    { url = "${INDEX_URL}/../files/${fileOf(p)}", hash = "sha256:${p === 'tabulate' && opts.tabulateHash ? opts.tabulateHash : hashOf(p)}" },\n]\n`;
  const lock = [
    'version = 1\nrevision = 2\nrequires-python = ">=3.10"\nresolution-markers = [\n    "python_full_version >= \'3.11\'",\n    "python_full_version < \'3.11\'",\n]\n',
    pkg('exceptiongroup', 'dependencies = [\n    { name = "typing-extensions", marker = "python_full_version < \'3.11\'" },\n]\n'),
    pkg('idna'),
    pkg('pytest'),
    `[[package]]
name = "svc"
version = "0.1.0"
source = { virtual = "." }
dependencies = [
    { name = "exceptiongroup", marker = "python_full_version < '3.11'" },
    { name = "idna" },
    { name = "tabulate" },
]

[package.dev-dependencies]
dev = [
    { name = "pytest" },
]

[package.metadata]
requires-dist = [
    { name = "exceptiongroup", marker = "python_full_version < '3.11'", specifier = ">=1.2" },
    { name = "idna", specifier = ">=3" },
    { name = "tabulate", specifier = "==0.8.10" },
]

[package.metadata.requires-dev]
dev = [{ name = "pytest", specifier = ">=8" }]
`,
    pkg('tabulate'),
    pkg('typing-extensions'),
  ].join('\n');
  return app({ 'pyproject.toml': opts.pyproject ?? PYPROJECT, 'uv.lock': lock });
}

const POETRY_PYPROJECT = `[tool.poetry]
name = "svc"
version = "0.1.0"
description = ""
authors = ["Team <team@example.com>"]
package-mode = false

[tool.poetry.dependencies]
python = "^3.10"
tabulate = "0.8.10"
idna = "^3"
exceptiongroup = { version = "^1.2", python = "<3.11" }

[tool.poetry.group.dev.dependencies]
pytest = "^8"

[build-system]
requires = ["poetry-core>=1.0.0"]
build-backend = "poetry.core.masonry.api"
`;

/** poetry.lock 2.1 for POETRY_PYPROJECT (Poetry's own tables only: pip could not read them without the lock). */
export function poetryApp(): string {
  const pkg = (p: Locked, groups: string, markers?: string, deps = '') =>
    `[[package]]\nname = "${p}"\nversion = "${LOCKED[p]}"\ndescription = ""\noptional = false\npython-versions = ">=3.8"\ngroups = [${groups}]\n${markers ? `markers = ${JSON.stringify(markers)}\n` : ''}files = [\n    {file = "${fileOf(p)}", hash = "sha256:${hashOf(p)}"},\n]\n${deps}`;
  const hash = poetryContentHashes(parseToml('pyproject.toml', POETRY_PYPROJECT))[0];
  const lock = [
    '# This file is automatically @generated by Poetry 2.1.3 and should not be changed by hand.\n',
    pkg('exceptiongroup', '"main"', 'python_version < "3.11"', '\n[package.dependencies]\ntyping-extensions = {version = ">=4.6.0", markers = "python_version < \\"3.13\\""}\n'),
    pkg('idna', '"main"'),
    pkg('pytest', '"dev"'),
    pkg('tabulate', '"main"'),
    pkg('typing-extensions', '"main"', 'python_version < "3.11"'),
    `[metadata]\nlock-version = "2.1"\npython-versions = "^3.10"\ncontent-hash = "${hash}"\n`,
  ].join('\n');
  return app({ 'pyproject.toml': POETRY_PYPROJECT, 'poetry.lock': lock });
}

/** Pipfile.lock (spec 6) as `pipenv lock` writes it: default and develop. */
export function pipenvApp(): string {
  const entry = (p: Locked, markers?: string) => ({ hashes: [`sha256:${hashOf(p)}`], index: 'pypi', ...(markers ? { markers } : {}), version: `==${LOCKED[p]}` });
  const lock = {
    _meta: { hash: { sha256: '0'.repeat(64) }, 'pipfile-spec': 6, requires: { python_version: '3.11' }, sources: [{ name: 'pypi', url: INDEX_URL, verify_ssl: true }] },
    default: {
      exceptiongroup: entry('exceptiongroup', "python_version < '3.11'"),
      idna: entry('idna', "python_version >= '3.6'"),
      tabulate: entry('tabulate'),
      'typing-extensions': entry('typing-extensions', "python_version < '3.11'"),
    },
    develop: { pytest: entry('pytest', "python_version >= '3.9'") },
  };
  return app({ Pipfile: '[packages]\ntabulate = "==0.8.10"\nidna = "*"\n\n[dev-packages]\npytest = "*"\n', 'Pipfile.lock': `${JSON.stringify(lock, null, 4)}\n` });
}

/** pylock.toml (PEP 751) as `uv export --format pylock.toml` writes it. */
export function pylockApp(name = 'pylock.toml'): string {
  const pkg = (p: Locked, marker?: string) =>
    `[[packages]]\nname = "${p}"\nversion = "${LOCKED[p]}"\n${marker ? `marker = "${marker}"\n` : ''}index = "${INDEX_URL}"\nwheels = [{ url = "${INDEX_URL}/../files/${fileOf(p)}", hashes = { sha256 = "${hashOf(p)}" } }]\n`;
  const lock = [
    'lock-version = "1.0"\nrequires-python = ">=3.10"\ndependency-groups = ["dev"]\ndefault-groups = []\ncreated-by = "uv"\n',
    pkg('exceptiongroup', "python_full_version < '3.11'"),
    pkg('idna'),
    pkg('pytest', "'dev' in dependency_groups"),
    pkg('tabulate'),
    pkg('typing-extensions', "python_full_version < '3.11'"),
  ].join('\n');
  return app({ [name]: lock });
}

/** A bare PEP 621 pyproject: pip resolves it (tabulate pinned, idna free). */
export function pyprojectApp(): string {
  return app({ 'pyproject.toml': '[project]\nname = "svc"\nversion = "0.1.0"\ndependencies = ["tabulate==0.8.10", "idna"]\n\n[project.optional-dependencies]\nextra = ["six"]\n\n[dependency-groups]\ndev = ["pytest"]\n' });
}
