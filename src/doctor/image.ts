/**
 * Owns the doctor's view of an image: a `docker save` archive (legacy layout with manifest.json, or OCI with index.json and
 * blobs/sha256) read as the container's merged filesystem, streaming: nothing is unpacked to
 * disk. Layers may be plain or gzipped tars; whiteouts (.wh.name, .wh..wh..opq) hide what lower
 * layers put there. Three passes over the file: the manifest and config, the listing, then the
 * files the checks ask for.
 */
import { stat } from 'node:fs/promises';
import { eachTarEntry, fileChunks, readAll, type Chunks } from '../formats/tar.js';
import { UserError } from '../shared/errors.js';
import type { Artifact, ArtifactFile, ImageConfig } from './artifact.js';

/** Small outer entries (manifests, configs) are kept by the first pass. */
const KEEP_SMALL = 1024 * 1024;

/** An inner (layer) entry name as an absolute path; undefined for `..` names. */
function absName(name: string): string | undefined {
  const parts = name.split('/').filter((p) => p && p !== '.');
  if (parts.includes('..')) return undefined;
  return `/${parts.join('/')}`;
}

function parseJson(buf: Buffer | undefined, what: string): unknown {
  if (!buf) throw new UserError(`${what} is missing from the image archive.`);
  try {
    return JSON.parse(buf.toString('utf8'));
  } catch {
    throw new UserError(`${what} in the image archive is not valid JSON.`);
  }
}

const blobPath = (digest: string) => `blobs/${digest.replace(':', '/')}`;

interface Layout {
  config: Record<string, unknown>;
  /** Outer entry names of the layers, bottom first. */
  layers: string[];
  tags: string[];
}

/** Pass 1: manifest.json (docker) or index.json (OCI), the config, the layer order. */
async function readLayout(file: string): Promise<Layout> {
  const small = new Map<string, Buffer>();
  await eachTarEntry(fileChunks(file), async (h, body) => {
    const name = h.name.replace(/^\.\//, '');
    if (h.type === 'file' && (h.size <= KEEP_SMALL || name === 'manifest.json' || name === 'index.json')) small.set(name, await readAll(body));
  });
  if (small.has('manifest.json')) {
    const manifest = parseJson(small.get('manifest.json'), 'manifest.json') as { Config?: string; Layers?: string[]; RepoTags?: string[] }[];
    const m = Array.isArray(manifest) ? manifest[0] : undefined;
    if (!m?.Config || !Array.isArray(m.Layers)) throw new UserError('manifest.json in the image archive names no Config and Layers: is this a docker save archive?');
    return { config: parseJson(small.get(m.Config), m.Config) as Record<string, unknown>, layers: m.Layers, tags: m.RepoTags ?? [] };
  }
  if (small.has('index.json')) {
    let doc = parseJson(small.get('index.json'), 'index.json') as { manifests?: { digest: string }[]; config?: { digest: string }; layers?: { digest: string }[] };
    for (let depth = 0; depth < 3 && doc.manifests?.length; depth++) {
      const d = doc.manifests[0]!.digest;
      doc = parseJson(small.get(blobPath(d)), `the manifest ${d}`) as typeof doc;
    }
    if (!doc.config || !Array.isArray(doc.layers)) throw new UserError('index.json in the image archive leads to no image manifest.');
    return { config: parseJson(small.get(blobPath(doc.config.digest)), `the config ${doc.config.digest}`) as Record<string, unknown>, layers: doc.layers.map((l) => blobPath(l.digest)), tags: [] };
  }
  throw new UserError(`${file} is a tar without manifest.json or index.json: not a docker save / OCI image archive. Give the doctor an image saved with docker save.`);
}

interface LayerListing {
  files: Map<string, ArtifactFile>;
  whiteouts: string[];
  opaques: string[];
  bytes: number;
  /** /var/lib/dpkg/status and status.d files: which libc the image has. */
  dpkg: Buffer[];
  /** The glibc version libc.so.6 announces ("... release version 2.36"), if this layer has it. */
  libc?: string;
  unsafe: { name: string; reason: string }[];
  unreadable?: string;
}

const DPKG = /^\/var\/lib\/dpkg\/(status|status\.d\/[^/]+)$/;
const LIBC = /^(\/usr)?\/lib(64)?(\/x86_64-linux-gnu)?\/libc\.so\.6$/;

async function listLayer(body: Chunks): Promise<LayerListing> {
  const out: LayerListing = { files: new Map(), whiteouts: [], opaques: [], bytes: 0, dpkg: [], unsafe: [] };
  try {
    await eachTarEntry(body, async (h, data) => {
      const abs = absName(h.name);
      if (!abs) {
        out.unsafe.push({ name: h.name, reason: 'climbs out with ..' });
        return;
      }
      const base = abs.slice(abs.lastIndexOf('/') + 1);
      const dir = abs.slice(0, abs.lastIndexOf('/')) || '/';
      if (base === '.wh..wh..opq') {
        out.opaques.push(dir);
        return;
      }
      if (base.startsWith('.wh.')) {
        out.whiteouts.push(`${dir === '/' ? '' : dir}/${base.slice(4)}`);
        return;
      }
      if (abs === '/') return;
      const isDir = h.type === 'directory';
      const isFile = h.type === 'file' || h.type === 'contiguous-file';
      out.bytes += isFile ? h.size : 0;
      out.files.set(abs, {
        name: isDir ? `${abs}/` : abs,
        mode: h.mode | (isDir ? 0o040000 : h.type === 'symlink' ? 0o120000 : 0o100000),
        size: isFile ? h.size : 0,
        isDir,
        isSymlink: h.type === 'symlink',
        linkTarget: h.type === 'symlink' || h.type === 'link' ? (h.type === 'link' ? absName(h.linkname) : h.linkname) : undefined,
      });
      if (isFile && DPKG.test(abs) && h.size <= 16 * 1024 * 1024) out.dpkg.push(await readAll(data));
      if (isFile && LIBC.test(abs) && h.size <= 32 * 1024 * 1024) {
        const v = /GNU C Library[^\n]*?release version (\d+\.\d+)/.exec((await readAll(data)).toString('latin1'));
        if (v) out.libc = v[1];
      }
    });
  } catch (e) {
    out.unreadable = (e as Error).message;
  }
  return out;
}

/** glibc major.minor from dpkg's records of libc6, or from an old-style libc-2.NN.so name. */
function detectLibc(dpkg: Buffer[], libc: string | undefined, names: Iterable<string>): { glibc?: string; musl?: boolean } {
  for (const b of dpkg) {
    for (const block of b.toString('utf8').split(/\n\s*\n/)) {
      if (!/^Package:\s*libc6\s*$/m.test(block)) continue;
      const v = /^Version:\s*(?:\d+:)?(\d+\.\d+)/m.exec(block);
      if (v) return { glibc: v[1] };
    }
  }
  if (libc) return { glibc: libc };
  for (const n of names) {
    const m = /\/libc-(\d+\.\d+)\.so$/.exec(n);
    if (m) return { glibc: m[1] };
    if (/^\/lib\/ld-musl-[^/]+\.so\.1$/.test(n)) return { musl: true };
  }
  return {};
}

function asStrings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** A damaged archive is the user's problem to hear about, not a crash. */
async function readable<T>(file: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${file} is not a readable image archive: ${(e as Error).message}`);
  }
}

export async function openImageArtifact(file: string): Promise<Artifact> {
  const layout = await readable(file, () => readLayout(file));
  const cfg = (layout.config.config ?? {}) as Record<string, unknown>;
  const env: Record<string, string> = {};
  for (const kv of asStrings(cfg.Env)) {
    const i = kv.indexOf('=');
    if (i > 0) env[kv.slice(0, i)] = kv.slice(i + 1);
  }

  // Pass 2: every layer's listing.
  const indexOf = new Map<string, number[]>();
  layout.layers.forEach((p, i) => indexOf.set(p, [...(indexOf.get(p) ?? []), i]));
  const listings = new Map<number, LayerListing>();
  await readable(file, () =>
    eachTarEntry(fileChunks(file), async (h, body) => {
      const idx = indexOf.get(h.name.replace(/^\.\//, ''));
      if (!idx) return;
      const l = await listLayer(body);
      for (const i of idx) listings.set(i, l);
    }),
  );

  const notes: Artifact['notes'] = [];
  const unsafe: Artifact['unsafe'] = [];
  const merged = new Map<string, { entry: ArtifactFile; layer: number }>();
  let unpacked = 0;
  const dpkg: Buffer[] = [];
  let libcVersion: string | undefined;
  const removeUnder = (p: string, self: boolean) => {
    for (const k of merged.keys()) if ((self && k === p) || k.startsWith(p === '/' ? '/' : `${p}/`)) merged.delete(k);
  };
  layout.layers.forEach((p, i) => {
    const l = listings.get(i);
    if (!l || l.unreadable) {
      notes.push({
        severity: 'warning',
        code: 'image-layer-unreadable',
        file: p,
        message: l ? `layer ${i + 1} could not be read (${l.unreadable}); its files are not checked` : `layer ${i + 1} (${p}) is not in the archive`,
        fcSymptom: 'none known; the doctor just cannot see this layer',
        fix: 'Save the image again with docker save (uncompressed or gzip layers).',
      });
      if (!l) return;
    }
    for (const o of l.opaques) removeUnder(o, false);
    for (const w of l.whiteouts) removeUnder(w, true);
    for (const [abs, entry] of l.files) merged.set(abs, { entry, layer: i });
    for (const u of l.unsafe) unsafe.push({ name: `${p}:${u.name}`, reason: u.reason });
    unpacked += l.bytes;
    if (l.dpkg.length) dpkg.splice(0, dpkg.length, ...l.dpkg);
    if (l.libc) libcVersion = l.libc;
  });

  const libc = detectLibc(dpkg, libcVersion, merged.keys());
  const image: ImageConfig = {
    architecture: typeof layout.config.architecture === 'string' ? layout.config.architecture : undefined,
    os: typeof layout.config.os === 'string' ? layout.config.os : undefined,
    env,
    entrypoint: asStrings(cfg.Entrypoint),
    cmd: asStrings(cfg.Cmd),
    workingDir: typeof cfg.WorkingDir === 'string' && cfg.WorkingDir ? cfg.WorkingDir : '/',
    ...libc,
  };

  return {
    format: 'image',
    entries: [...merged.values()].map((m) => m.entry),
    unsafe,
    duplicates: [],
    zippedSize: (await stat(file)).size,
    unpackedSize: unpacked,
    image,
    notes,
    // Pass 3: the wanted files, each from the layer that provides it (hard links through their target).
    read: async (want, fn) => {
      const byLayer = new Map<number, Map<string, string[]>>();
      for (const [abs, m] of merged) {
        if (m.entry.isDir || m.entry.isSymlink || !want(abs)) continue;
        const source = m.entry.linkTarget ?? abs;
        const names = byLayer.get(m.layer) ?? new Map<string, string[]>();
        names.set(source, [...(names.get(source) ?? []), abs]);
        byLayer.set(m.layer, names);
      }
      if (!byLayer.size) return;
      await readable(file, () => eachTarEntry(fileChunks(file), async (h, body) => {
        const idx = indexOf.get(h.name.replace(/^\.\//, '')) ?? [];
        const wanted = new Map<string, string[]>();
        for (const i of idx) for (const [k, v] of byLayer.get(i) ?? []) wanted.set(k, [...(wanted.get(k) ?? []), ...v]);
        if (!wanted.size) return;
        try {
          await eachTarEntry(body, async (ih, data) => {
            const abs = absName(ih.name);
            const targets = abs ? wanted.get(abs) : undefined;
            if (!targets || (ih.type !== 'file' && ih.type !== 'contiguous-file')) return;
            const buf = await readAll(data);
            for (const t of targets) await fn(t, buf);
          });
        } catch {
          /* reported by the listing pass */
        }
      }));
    },
  };
}
