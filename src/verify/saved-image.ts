/** Owns the check that a `docker save` tar is whole: the manifest names the tag, every blob matches its digest. */
import path from 'node:path';
import { readTar } from '../formats/tar.js';
import { UserError } from '../shared/errors.js';

/** Proves a saved tar is complete: the manifest names the tag, and every blob is present and matches its digest. */
export async function checkSavedImage(file: string, tag: string): Promise<{ layers: number }> {
  const { entries, files } = await readTar(file, (n) => n === 'manifest.json', { hash: true });
  const manifestBuf = files.get('manifest.json');
  if (!manifestBuf) throw new UserError(`The saved image ${path.basename(file)} has no manifest.json: docker save did not finish.`);
  const manifest = JSON.parse(manifestBuf.toString('utf8')) as { Config: string; RepoTags: string[] | null; Layers: string[] }[];
  const m = manifest.find((x) => (x.RepoTags ?? []).includes(tag) || (x.RepoTags ?? []).includes(`docker.io/library/${tag}`));
  if (!m) throw new UserError(`The saved image's manifest does not carry the tag ${tag} (it has ${manifest.flatMap((x) => x.RepoTags ?? []).join(', ') || 'none'}).`);
  const byName = new Map(entries.map((e) => [e.name, e]));
  for (const blob of [m.Config, ...m.Layers]) {
    const e = byName.get(blob);
    if (!e) throw new UserError(`The saved image is incomplete: ${blob} is missing from ${path.basename(file)}.`);
    const digest = /^blobs\/sha256\/([0-9a-f]{64})$/.exec(blob)?.[1];
    if (digest && e.sha256 !== digest) throw new UserError(`The saved image is corrupt: ${blob} does not match its digest.`);
  }
  return { layers: m.Layers.length };
}

