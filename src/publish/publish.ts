/**
 * Owns what the build tells the world — the workflow artifact (uploaded as the file
 * itself), the step outputs, a short log and the job summary.
 */
import type { Log } from '../shared/log.js';
import { formatBytes } from '../shared/bytes.js';
import type { BuildResult } from './result.js';
import { uploadArtifact, uploadOutputs, uploadUnavailableReason, type UploadResult } from './upload.js';

export interface Published {
  upload?: UploadResult;
  /** Why there was no upload, for the summary. */
  uploadSkipped?: string;
}

/** Uploads the artifact when asked and possible. A failed upload throws (the file stays where it is). */
export async function publish(result: BuildResult, log: Log): Promise<Published> {
  const up = result.plan.upload;
  if (!up.upload) return { uploadSkipped: up.skipped };
  const reason = uploadUnavailableReason();
  if (reason) {
    log.info(`Upload skipped: ${reason}.`);
    return { uploadSkipped: reason };
  }
  const upload = await uploadArtifact(
    result.artifact.path,
    { name: up.name, retentionDays: up.retentionDays },
    log,
  );
  return { upload };
}

/** The step outputs, by name. */
export function outputsOf(result: BuildResult, published: Published = {}): Record<string, string> {
  return {
    'artifact-path': result.artifact.path,
    sha256: result.artifact.sha256,
    size: String(result.artifact.size),
    'cache-hit': result.cacheHit ?? 'false',
    ...(result.image ? { image: result.image.tag, 'image-id': result.image.id } : {}),
    ...uploadOutputs(published.upload),
  };
}

/** The closing lines of the log. */
export function summaryLines(result: BuildResult): string[] {
  const a = result.artifact;
  const lines = [
    `artifact: ${a.path}`,
    `size: ${a.size} bytes (${formatBytes(a.size)}; ${formatBytes(a.unpackedSize)} unpacked), ${a.entries} ${result.image ? 'layers' : 'entries'}`,
    `sha256: ${a.sha256}`,
  ];
  if (result.plan.install) lines.push(`requirements: ${result.plan.install.source.summary}`);
  const p = result.plan;
  if ((p.target === 'code' || p.target === 'layer') && p.run) {
    const start = p.run.start.kind === 'bootstrap' ? p.run.start.file : `${p.run.start.argv.join(' ')} (${p.run.shown})`;
    const deps = p.target === 'layer' ? 'the dependencies at /opt/python' : p.depsIn === 'zip' ? `the dependencies ${p.depsPrefix ? 'under python/' : 'at the top of function.zip'}` : p.depsIn === 'layer' ? 'the dependencies from a layer' : 'no dependencies';
    lines.push(`start: ${start}, ${deps}`);
  }
  if (result.cacheHit) lines.push(`cache-hit: ${result.cacheHit}`);
  if (result.verify) {
    lines.push(
      `verified in ${result.verify.image} (Python ${result.verify.python}): ` +
        result.verify.imports.map((i) => `${i.module} ${i.version ?? ''}`.trim()).join(', ') +
        (result.smoke ? `; ${result.plan.target === 'layer' ? '/' : result.plan.smoke?.path} answered ${result.smoke.status}` : ''),
    );
  }
  return lines;
}
