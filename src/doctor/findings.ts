/**
 * Owns the doctor's one Finding type, its typed codes, the one builder every check uses and the
 * one line format the build's annotations, the bootstrap check and the CLI share.
 */

/** How bad a finding is: `error` = FC will fail; `warning` = likely to fail; `info` = worth knowing. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * One problem the doctor found in an artifact, phrased for the user: what is wrong, what they
 * would see on Function Compute because of it, and what to do.
 */
export interface Finding {
  severity: Severity;
  /** Stable, machine-readable identifier (e.g. 'glibc-too-new'); `explain` refers to these. */
  code: FindingCode;
  /** The path inside the artifact the finding is about. */
  file: string;
  /** 1-based line in `file`, when the finding is about one line (bootstrap findings). */
  line?: number;
  /** What is wrong, naming the concrete values (versions, architectures). */
  message: string;
  /** What the failure looks like on FC (log line or error text). */
  fcSymptom: string;
  /** What to do about it. */
  fix: string;
}

/** The bootstrap contract's codes (checks/bootstrap.ts). */
export const BOOTSTRAP_FINDING_CODES = ['bootstrap-shebang', 'bootstrap-bom', 'bootstrap-crlf', 'bootstrap-listen', 'bootstrap-port', 'bootstrap-pip-install', 'bootstrap-no-pythonpath'] as const;

/** Every `Finding.code` checks/closure.ts produces (the dependency closure, as `pip check` on FC). */
export const CLOSURE_FINDING_CODES = ['deps-closure', 'deps-closure-version', 'deps-requires-python', 'deps-metadata'] as const;

/** Every `Finding.code` checks/native-libs.ts produces (shared libraries the loader will not find on FC). */
export const NATIVE_LIB_FINDING_CODES = ['native-lib-missing', 'native-lib-path', 'layer-ld-library-path'] as const;

/**
 * Every `Finding.code` the doctor reports besides the bootstrap analysis (bootstrap-shebang, -crlf,
 * -listen, -port, -pip-install, -no-pythonpath) and the native checks (NATIVE_FINDING_CODES).
 */
export const DOCTOR_FINDING_CODES = [
  'bootstrap-missing',
  'bootstrap-mode',
  'bootstrap-command',
  'bootstrap-python',
  'bootstrap-shebang',
  'bootstrap-no-pythonpath',
  'deps-missing',
  'deps-external',
  'code-import-missing',
  'code-import-unchecked',
  'deps-version',
  'app-missing',
  'app-listen',
  'app-port',
  'record-missing',
  'record-mismatch',
  'data-left-out',
  'deps-not-built',
  'layer-layout',
  'zip-unsafe-entry',
  'zip-duplicate-entry',
  'image-unsafe-entry',
  'image-layer-unreadable',
  'image-os',
  'image-python',
  'image-glibc',
  'wheel-platform',
  'elf-machine',
  'artifact-unreadable',
  'size-limit',
  'size-api-limit',
  'secret-shipped',
  'secret-git',
  ...CLOSURE_FINDING_CODES,
  ...NATIVE_LIB_FINDING_CODES,
] as const;


/** Every `Finding.code` checks/binary.ts produces. */
export const NATIVE_FINDING_CODES = [
  'elf-machine',
  'elf-no-sections',
  'glibc-too-new',
  'macho',
  'pe',
  'native-corrupt',
  'not-native',
  'ext-platform',
  'cpython-abi',
  'musllinux',
  'wheel-platform',
  'wheel-local-build',
  'wheel-no-tags',
] as const;

/** Every code a finding can carry; `explain` refers to these. */
export type FindingCode = (typeof BOOTSTRAP_FINDING_CODES)[number] | (typeof DOCTOR_FINDING_CODES)[number] | (typeof NATIVE_FINDING_CODES)[number];

/** The one way to make a finding: named parts, `line` only when there is one. */
export function finding(f: { severity: Severity; code: FindingCode; file: string; message: string; fcSymptom: string; fix: string; line?: number }): Finding {
  const { line, ...rest } = f;
  return line === undefined ? rest : { ...rest, line };
}

/** The warning for a file the code opens by name that the file selection left out (assemble/left-out.ts). */
export function leftOutFinding(r: { file: string; line: number; target: string; rule: string }): Finding {
  return finding({ severity: 'warning', code: 'data-left-out', file: r.file, line: r.line, message: `the code opens ${r.target}, which function.zip leaves out: ${r.rule}`, fcSymptom: `the file is not in /code: open() raises FileNotFoundError, sqlite3 creates an empty database (no such table), and requests that need it fail with 500`, fix: `Ship it: add !${r.target} to .fcignore (it wins over the defaults), or create it at start; or, if it must not ship, set the function up to get it elsewhere (NAS, OSS, a database).` });
}

/** One line per finding, for logs, annotations and errors. */
export function findingLine(f: Finding): string {
  return `${f.file}${f.line ? `:${f.line}` : ''}: ${f.message}. On FC: ${f.fcSymptom}. Fix: ${f.fix}`;
}

/** The same finding once: same code, file, line and message. */
export function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}\0${f.file}\0${f.line ?? ''}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Most severe first; stable for equal severities. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
