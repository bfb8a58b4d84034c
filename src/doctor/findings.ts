/** How bad a finding is: `error` = FC will fail; `warning` = likely to fail; `info` = worth knowing. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * One problem the doctor found in an artifact, phrased for the user: what is wrong, what they
 * would see on Function Compute because of it, and what to do.
 */
export interface Finding {
  severity: Severity;
  /** Stable, machine-readable identifier (e.g. 'glibc-too-new'); `explain` refers to these. */
  code: string;
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

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Most severe first; stable for equal severities. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
