/**
 * Uploads the built file as a workflow-run artifact with @actions/artifact, as the file itself
 * (no zip around layer.zip): a reviewer downloads layer.zip, a release job gets it by name.
 */
import { removeOnCancel } from '../shared/cancel.js';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../shared/errors.js';
import { hashFile } from '../shared/hashfile.js';
import { parseArtifactName } from '../inputs/publish-inputs.js';
import type { Log } from '../shared/log.js';

export { defaultArtifactName } from '../plan/plan.js';

export interface UploadOptions {
  /** The artifact's name. The file's extension is added unless it already ends with it. */
  name: string;
  /** 1-90; default: the repository's setting. */
  retentionDays?: number;
}

export interface UploadResult {
  id: number;
  /** The run's page for the artifact: `<server>/<owner>/<repo>/actions/runs/<run id>/artifacts/<id>`. */
  url: string;
  /** The artifact's name as stored: `<name><ext>` (the file's own extension, e.g. .zip). */
  name: string;
  size: number;
  /** sha256 of the uploaded bytes, hex: the same as the file's. */
  digest: string;
}

/** The extension a file keeps as an artifact: .zip, .tar, .tar.gz. */
export function artifactExtension(file: string): string {
  const base = path.basename(file);
  const m = /(\.tar\.[a-z0-9]+|\.[A-Za-z0-9]+)$/.exec(base);
  return m ? m[1]! : '';
}

/** The stored name: `name` plus the file's extension, unless `name` already ends with it. */
export function storedArtifactName(name: string, file: string): string {
  const ext = artifactExtension(file);
  return ext && !name.toLowerCase().endsWith(ext.toLowerCase()) ? `${name}${ext}` : name;
}

/** The run's artifact page. */
export function artifactUrl(id: number, env: NodeJS.ProcessEnv = process.env): string {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return `${server}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID ?? ''}/artifacts/${id}`;
}

/** Why uploading cannot work here, or undefined when it can (in a GitHub Actions job on github.com). */
export function uploadUnavailableReason(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) return 'not running in a GitHub Actions job (no ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL)';
  const host = (() => {
    try {
      return new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toLowerCase();
    } catch {
      return '';
    }
  })();
  const cloud = host === 'github.com' || host.endsWith('.ghe.com') || host.endsWith('.ghe.localhost');
  if (!cloud) return `GitHub Enterprise Server (${host}) does not support artifact uploads from @actions/artifact v2+`;
  return undefined;
}

/** Puts `file` at `<dir>/<name>`: a hard link when the file system allows, else a copy. */
async function linkOrCopy(file: string, dest: string): Promise<void> {
  try {
    await fs.link(file, dest);
  } catch {
    await fs.copyFile(file, dest);
  }
}

/**
 * Uploads `file` as one artifact, unzipped (skipArchive). With skipArchive the service names the
 * artifact after the file, so the file is hard-linked (or copied) as `<name><ext>` into a temp
 * folder first. Transient service errors are retried by the library (5 attempts for 5xx/429);
 * a final failure throws a UserError with the service's message. The file itself is never moved.
 */
export async function uploadArtifact(file: string, opts: UploadOptions, log: Log): Promise<UploadResult> {
  const abs = path.resolve(file);
  const stat = await fs.stat(abs).catch(() => undefined);
  if (!stat?.isFile()) throw new UserError(`Cannot upload ${abs}: it is not a file.`);
  const name = storedArtifactName(parseArtifactName(opts.name), abs);
  const dir = await fs.mkdtemp(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'fcpp-upload-'));
  const forget = removeOnCancel(dir);
  try {
    const staged = path.join(dir, name);
    await linkOrCopy(abs, staged);
    log.info(`Uploading ${path.basename(abs)} as the artifact ${name} (${stat.size} bytes, not zipped again)`);
    let res: { id?: number; size?: number; digest?: string };
    try {
      const { DefaultArtifactClient } = await import('@actions/artifact');
      res = await new DefaultArtifactClient().uploadArtifact(name, [staged], dir, {
        skipArchive: true,
        ...(opts.retentionDays ? { retentionDays: opts.retentionDays } : {}),
      });
    } catch (e) {
      // Blob storage appends RequestId and Time lines: the first line is the message.
      const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0]!.trim();
      const hint = /already exists/i.test(msg)
        ? ' Another job of this run uploaded an artifact with that name: give each job its own artifact-name (e.g. with the matrix values in it).'
        : '';
      throw new UserError(`Uploading the artifact ${name} failed: ${msg}.${hint} The built file stays at ${abs}; set upload: false to skip the upload.`, 'upload');
    }
    if (res.id === undefined) throw new UserError(`Uploading the artifact ${name} failed: the service returned no artifact id. The built file stays at ${abs}.`, 'upload');
    const digest = res.digest ?? (await hashFile(abs)).sha256;
    const result: UploadResult = { id: res.id, url: artifactUrl(res.id), name, size: res.size ?? stat.size, digest };
    log.info(`Artifact ${name} (id ${result.id}): ${result.url}`);
    return result;
  } finally {
    await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    forget();
  }
}

/** The step outputs of an upload. */
export function uploadOutputs(u: UploadResult | undefined): Record<string, string> {
  return u ? { 'artifact-id': String(u.id), 'artifact-url': u.url, 'artifact-name': u.name } : {};
}
