/**
 * Stage 6: what the build tells the world — outputs for later steps, a short log and
 * the job summary.
 */
import type { BuildResult } from './pipeline.js';

export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}

/** The step outputs, by name. */
export function outputsOf(result: BuildResult): Record<string, string> {
  return {
    'artifact-path': result.artifact.path,
    sha256: result.artifact.sha256,
    size: String(result.artifact.size),
    ...(result.image ? { image: result.image.tag, 'image-id': result.image.id } : {}),
  };
}

export function summaryLines(result: BuildResult): string[] {
  const a = result.artifact;
  const lines = [
    `artifact: ${a.path}`,
    `size: ${a.size} bytes (${formatBytes(a.size)}; ${formatBytes(a.unpackedSize)} unpacked), ${a.entries} entries`,
    `sha256: ${a.sha256}`,
  ];
  if (result.verify) {
    lines.push(
      `verified in ${result.verify.image} (Python ${result.verify.python}): ` +
        result.verify.imports.map((i) => `${i.module} ${i.version ?? ''}`.trim()).join(', '),
    );
  }
  return lines;
}

export function summaryMarkdown(result: BuildResult): string {
  const a = result.artifact;
  const rows = [
    ['target', result.plan.target],
    ['file', `\`${a.path}\``],
    ['size', `${formatBytes(a.size)} zipped, ${formatBytes(a.unpackedSize)} unpacked, ${a.entries} entries`],
    ['sha256', `\`${a.sha256}\``],
    ['runtime', `${result.plan.inputs.runtime}, Python ${result.plan.inputs.pythonVersion}`],
    [
      'verify',
      result.verify
        ? `imports ok in \`${result.verify.image}\`: ${result.verify.imports.map((i) => `${i.module} ${i.version ?? ''}`.trim()).join(', ')}`
        : 'skipped',
    ],
  ];
  return [`### fc-python-pack: ${a.path.split('/').pop()}`, '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), ''].join('\n');
}
