/** Owns the doctor's report for people (severity, file[:line], message, what FC prints, fix) and for machines (JSON), and its exit code. */
import { formatBytes } from '../shared/bytes.js';
import type { DoctorKind, DoctorReport } from './context.js';
import { hasErrors, type Finding } from './findings.js';

export function doctorExitCode(report: DoctorReport): 0 | 1 {
  return hasErrors(report.findings) ? 1 : 0;
}

const KIND_WORDS: Record<DoctorKind, string> = { code: 'code package', layer: 'layer', image: 'container image' };

/** Human text (severity, file[:line], message, what FC prints, fix) or JSON. */
export function formatReport(report: DoctorReport, opts: { json?: boolean } = {}): string {
  const counts = { errors: 0, warnings: 0, info: 0 };
  for (const f of report.findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.info++;
  }
  if (opts.json) return JSON.stringify({ ...report, summary: { ...counts, ok: counts.errors === 0 } }, null, 2);

  const s = report.stats;
  const t = report.target;
  const out: string[] = [];
  out.push(
    `${report.subject}: ${KIND_WORDS[report.kind]} (${report.kindReason}), ${s.files} files, ${formatBytes(s.unpackedSize)} unpacked` +
      (s.zippedSize !== undefined ? `, ${formatBytes(s.zippedSize)} ${report.kind === 'image' ? 'on disk' : 'zipped'}` : ''),
  );
  out.push(`checked for ${report.kind === 'image' ? 'the image\'s own system' : t.runtime} (${t.musl ? 'musl' : `glibc ${t.glibc}`}), Python ${t.pythonVersion}, port ${t.port}`);
  if (s.largest.length) out.push(`largest: ${s.largest.slice(0, 5).map((l) => `${l.name} ${formatBytes(l.bytes)}`).join(', ')}`);
  if (!counts.errors && !counts.warnings) out.push('', 'No problems found: nothing here would stop FC from starting it.');

  // Many findings of one kind (every .so of a package built for another Python): the first few in full.
  const byCode = new Map<string, Finding[]>();
  for (const f of report.findings) byCode.set(`${f.severity}\0${f.code}`, [...(byCode.get(`${f.severity}\0${f.code}`) ?? []), f]);
  const shown = new Set<Finding>();
  for (const group of byCode.values()) group.slice(0, group.length > 6 ? 4 : group.length).forEach((f) => shown.add(f));
  const told = new Set<string>();
  for (const f of report.findings) {
    const key = `${f.severity}\0${f.code}`;
    if (!shown.has(f)) {
      if (told.has(key)) continue;
      told.add(key);
      const rest = byCode.get(key)!.filter((x) => !shown.has(x));
      out.push('', `${f.severity.toUpperCase()} [${f.code}] ... and ${rest.length} more: ${rest.slice(0, 8).map((x) => x.file).join(', ')}${rest.length > 8 ? ', ...' : ''} (--json lists them all)`);
      continue;
    }
    out.push('', `${f.severity.toUpperCase()} [${f.code}] ${f.file}${f.line ? `:${f.line}` : ''}: ${f.message}`);
    if (f.fcSymptom !== '-') out.push(`  on FC: ${f.fcSymptom}`);
    if (f.fix !== '-') out.push(`  fix:   ${f.fix}`);
  }
  out.push('', `${counts.errors} error${counts.errors === 1 ? '' : 's'}, ${counts.warnings} warning${counts.warnings === 1 ? '' : 's'}${counts.info ? `, ${counts.info} note${counts.info === 1 ? '' : 's'}` : ''}`);
  return out.join('\n');
}

