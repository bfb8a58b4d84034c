/**
 * Owns the dependency closure check: what `pip check` would say on FC. Every distribution shipped (in
 * the artifact and in the layers given) states its Requires-Dist; each one whose marker holds in
 * FC's environment (the runtime's CPython on Linux x86-64, for the base install and the extras other
 * distributions ask of it) must be met by a shipped distribution whose version is in the specifier.
 * A layer built by plain pip on a newer Python than FC's lacks the backports (exceptiongroup, tomli,
 * typing_extensions...) that only older Pythons need: this check names each one.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { forEachZipEntry } from '../../assemble/unzip.js';
import { distInfoName, parseMetadata, type CoreMetadata } from '../../formats/metadata.js';
import { markerHolds, normalizeName, parseRequirement, type Pep508Requirement } from '../../formats/pep508.js';
import { parseRequirements } from '../../formats/requirements.js';
import { versionSatisfies } from '../../formats/versions.js';
import { listLayerNames } from '../artifact.js';
import { fcMarkerEnvironment } from '../context.js';
import { finding, type Finding } from '../findings.js';
import type { LayerSource } from '../view.js';

/** One METADATA file as shipped. */
export interface ShippedMetadata {
  /** The file as the report names it (python/anyio-4.4.0.dist-info/METADATA; layer.zip: python/...). */
  file: string;
  text: string;
  /** Where it ships: 'the layer', 'function.zip', 'layer deps.zip'... */
  origin: string;
}

const METADATA = /(^|\/)([^/]+\.dist-info)\/METADATA$/;

/** The METADATA files of the layers given (--layer), read from the zips or folders. */
export async function readLayerMetadata(layers: readonly LayerSource[] | undefined): Promise<ShippedMetadata[]> {
  const out: ShippedMetadata[] = [];
  for (const layer of layers ?? []) {
    const src = typeof layer === 'string' ? layer : layer.dir;
    const origin = `layer ${path.basename(src)}`;
    const st = await stat(src);
    if (st.isDirectory()) {
      for (const name of await listLayerNames(src)) {
        if (METADATA.test(name)) out.push({ file: `${path.basename(src)}: ${name}`, text: await readFile(path.join(src, name), 'utf8'), origin });
      }
    } else {
      await forEachZipEntry(src, (n) => METADATA.test(n), (n, data) => void out.push({ file: `${path.basename(src)}: ${n}`, text: data.toString('utf8'), origin }));
    }
  }
  return out;
}

interface Shipped {
  meta: CoreMetadata;
  file: string;
  origin: string;
  reqs: Pep508Requirement[];
}

export interface ClosureOptions {
  /** major.minor (the runtime's) or a full version. */
  pythonVersion: string;
  /** What the artifact is called in messages: 'the layer', 'function.zip', 'the image'. */
  where: string;
  /** Extras the user asked of distributions (requirements.txt's `uvicorn[standard]`): their requirements count too. */
  asked?: readonly { name: string; extras?: readonly string[] }[];
}

/** Findings for every requirement that a shipped distribution states and nothing shipped meets. */
export function checkClosure(metadata: readonly ShippedMetadata[], opts: ClosureOptions): Finding[] {
  const env = fcMarkerEnvironment(opts.pythonVersion);
  const py = env.python_full_version;
  const findings: Finding[] = [];
  const dists = new Map<string, Shipped>();
  for (const m of metadata) {
    const folder = METADATA.exec(m.file)?.[2] ?? '';
    const fallback = distInfoName(folder);
    const meta = parseMetadata(m.text, fallback?.name, fallback?.version);
    if (!meta.key || dists.has(meta.key)) continue;
    const reqs: Pep508Requirement[] = [];
    for (const line of meta.requiresDist) {
      try {
        reqs.push(parseRequirement(line));
      } catch (e) {
        findings.push(finding({ severity: 'warning', code: 'deps-metadata', file: m.file, message: `${meta.name} ${meta.version} states a requirement the doctor cannot read (${(e as Error).message}), so it is not checked`, fcSymptom: 'pip check on FC would report the same line', fix: 'Check that the package installed completely; reinstall it with a current pip.' }));
      }
    }
    dists.set(meta.key, { meta, file: m.file, origin: m.origin, reqs });
  }

  // Extras asked of each distribution by the others, to a fixed point (a[x] may ask b[y]).
  const extras = new Map<string, Set<string>>();
  for (const a of opts.asked ?? []) if (a.extras?.length) extras.set(normalizeName(a.name), new Set([...(extras.get(normalizeName(a.name)) ?? []), ...a.extras.map(normalizeName)]));
  const active = (d: Shipped) => d.reqs.filter((r) => holds(r, d));
  const holds = (r: Pep508Requirement, d: Shipped): boolean => {
    try {
      return markerHolds(r.marker, env, extras.get(d.meta.key) ?? []);
    } catch {
      return false; // parseRequirement already read the marker; only a string comparison that cannot be made lands here
    }
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const d of dists.values()) {
      for (const r of active(d)) {
        const set = extras.get(r.key) ?? new Set<string>();
        for (const x of r.extras) if (!set.has(x)) (set.add(x), (changed = true));
        extras.set(r.key, set);
      }
    }
  }

  for (const d of dists.values()) {
    const who = `${d.meta.name} ${d.meta.version}`;
    if (d.meta.requiresPython && !versionSatisfies(py, d.meta.requiresPython.replace(/\s+/g, ''))) {
      findings.push(
        finding({
          severity: 'error',
          code: 'deps-requires-python',
          file: d.file,
          message: `${who} requires Python ${d.meta.requiresPython} (its Requires-Python), but FC's runtime runs ${py}`,
          fcSymptom: `SyntaxError or ImportError when ${d.meta.name} is imported (pip would not install it for Python ${py})`,
          fix: `Pin a version of ${d.meta.name} that supports Python ${env.python_version} and rebuild for FC's Python (fc-python-pack build), or use a runtime whose Python it supports.`,
        }),
      );
    }
    for (const r of active(d)) {
      const text = `${r.name}${r.extras.length ? `[${r.extras.join(',')}]` : ''}${r.specifier}${r.marker ? `; ${r.marker}` : ''}`;
      const why = r.marker ? ` (its marker holds on FC's Python ${py}, Linux x86-64)` : '';
      const got = dists.get(r.key);
      const pin = `${r.name}${r.specifier || ''}`;
      if (!got) {
        findings.push(
          finding({
            severity: 'error',
            code: 'deps-closure',
            file: d.file,
            message: `${who} requires ${text}${why}, but ${r.name} is ${metadata.some((m) => m.origin.startsWith('layer ')) ? `in neither ${opts.where} nor the layers given` : `not in ${opts.where}`}`,
            fcSymptom: `ModuleNotFoundError: No module named '${r.key.replace(/-/g, '_')}' when ${d.meta.name} imports it (pip check: ${d.meta.key} ${d.meta.version} requires ${r.key}, which is not installed)`,
            fix: `Build for FC's Python ${py} (fc-python-pack build resolves markers for the runtime's Python, whatever Python the build machine runs), or add "${pin}" to requirements.txt and rebuild.`,
          }),
        );
      } else if (!r.url && !versionSatisfies(got.meta.version, r.specifier)) {
        findings.push(
          finding({
            severity: 'error',
            code: 'deps-closure-version',
            file: d.file,
            message: `${who} requires ${text}${why}, but the ${got.meta.name} shipped is ${got.meta.version} (${got.file}), outside ${r.specifier}`,
            fcSymptom: `ImportError or AttributeError from ${d.meta.name} at start (pip check: ${d.meta.key} ${d.meta.version} has requirement ${r.key}${r.specifier}, but you have ${got.meta.key} ${got.meta.version})`,
            fix: `Pin a version both accept ("${pin}" in requirements.txt) and rebuild the dependencies together, in one pip run for FC's Python ${py}.`,
          }),
        );
      }
    }
  }
  return findings;
}

/**
 * The closure check over what the doctor read: the artifact's METADATA files (`texts`, by absolute
 * path), the layers given, and the extras its requirements.txt asks for.
 */
export async function closureFindings(
  texts: ReadonlyMap<string, Buffer>,
  opts: { pythonVersion: string; where: string; show(abs: string): string; layers?: readonly LayerSource[]; requirementsFiles: readonly string[] },
): Promise<Finding[]> {
  const metadata = [...texts].filter(([abs]) => abs.endsWith('.dist-info/METADATA')).map(([abs, data]) => ({ file: opts.show(abs), text: data.toString('utf8'), origin: opts.where }));
  const asked = opts.requirementsFiles.flatMap((f) => (texts.has(f) ? parseRequirements(texts.get(f)!.toString('utf8')).requirements : []));
  return checkClosure([...metadata, ...(await readLayerMetadata(opts.layers))], { pythonVersion: opts.pythonVersion, where: opts.where, asked });
}
