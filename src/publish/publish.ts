/**
 * Stage 6: what the build tells the world — the workflow artifact (uploaded as the file
 * itself), the step outputs, a short log and the job summary.
 */
import type { Log } from '../shared/log.js';
import type { BuildResult } from '../pipeline/build.js';
import { defaultArtifactName, uploadArtifact, uploadOutputs, uploadUnavailableReason, type UploadResult } from './upload.js';

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

export interface Published {
  upload?: UploadResult;
  /** Why there was no upload, for the summary. */
  uploadSkipped?: string;
}

/** Uploads the artifact when asked and possible. A failed upload throws (the file stays where it is). */
export async function publish(result: BuildResult, log: Log): Promise<Published> {
  const { inputs } = result.plan;
  if (!inputs.upload) return { uploadSkipped: 'upload: false' };
  const reason = uploadUnavailableReason();
  if (reason) {
    log.info(`Upload skipped: ${reason}.`);
    return { uploadSkipped: reason };
  }
  const upload = await uploadArtifact(
    result.artifact.path,
    { name: inputs.artifactName ?? defaultArtifactName(inputs.target), retentionDays: inputs.retentionDays },
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
  if (result.cacheHit) lines.push(`cache-hit: ${result.cacheHit}`);
  if (result.verify) {
    lines.push(
      `verified in ${result.verify.image} (Python ${result.verify.python}): ` +
        result.verify.imports.map((i) => `${i.module} ${i.version ?? ''}`.trim()).join(', ') +
        (result.smoke ? `; ${result.plan.inputs.smokePath} answered ${result.smoke.status}` : ''),
    );
  }
  return lines;
}
