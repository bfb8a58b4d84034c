/**
 * The job summary: what was built, how big against FC's limits, whether it came from the cache,
 * what verify proved, where the biggest packages are, and where to download it.
 */
import path from 'node:path';
import { recordPaths, recordRootPath } from '../formats/record.js';
import { formatBytes } from '../shared/bytes.js';
import type { BuildResult, CacheHit } from './result.js';
import type { ExclusionRule } from '../assemble/select.js';
import { sizeVerdict } from '../plan/limits.js';
import { FC_LIMITS } from '../plan/runtimes.js';
import { listZip, readZipEntries, type ZipListing } from '../assemble/unzip.js';
import type { UploadResult } from './upload.js';
import type { DeployReport } from './deploy/deploy.js';

export interface SummaryInput extends BuildResult {
  /** undefined: caching was off or not available. */
  cacheHit?: CacheHit;
  upload?: UploadResult;
  /** Why there is no upload (e.g. "upload: false"), shown instead of a link. */
  uploadSkipped?: string;
  /** What was deployed where (or, for deploy: plan, what would be). */
  deploy?: DeployReport;
}

export interface PackageSize {
  /** Distribution name, or the folder/file name for code and anything no RECORD claims. */
  name: string;
  version?: string;
  kind: 'distribution' | 'folder' | 'file';
  /** Where it sits in the zip: "python/" for the dependencies, "" for the code's own files. */
  under: string;
  files: number;
  /** Sum of uncompressed sizes. */
  size: number;
  /** Sum of compressed sizes in the zip. */
  compressed: number;
}

const DIST_INFO = /^(.+?)-([^-/]+)\.dist-info$/;

/**
 * Groups a zip's files into packages by unpacked size, largest first. Under `python/` (a layer,
 * or the deps in function.zip) each file goes to the distribution whose *.dist-info/RECORD lists
 * it (so bin/ scripts, *.libs and namespace packages land where they belong), anything else to
 * its top-level folder; the rest of a code zip is grouped by top-level folder or file.
 * `records` maps a RECORD entry name (e.g. python/fastapi-0.115.0.dist-info/RECORD) to its bytes.
 */
export function packageSizes(listing: readonly ZipListing[], records: ReadonlyMap<string, Buffer>): PackageSize[] {
  const deps = 'python/';
  const owner = new Map<string, { name: string; version: string }>();
  for (const [entry, bytes] of records) {
    if (!entry.startsWith(deps)) continue;
    const distDir = entry.slice(deps.length).split('/')[0] ?? '';
    const m = DIST_INFO.exec(distDir);
    if (!m) continue;
    const dist = { name: m[1]!, version: m[2]! };
    for (const written of recordPaths(bytes.toString('utf8'))) {
      const p = recordRootPath(written);
      if (p) owner.set(`${deps}${p}`, dist);
    }
    owner.set(`${deps}${distDir}/RECORD`, dist);
  }
  const groups = new Map<string, PackageSize>();
  for (const e of listing) {
    if (e.isDir) continue;
    let key: string;
    let init: Omit<PackageSize, 'files' | 'size' | 'compressed'>;
    const dist = owner.get(e.name);
    if (dist) {
      key = `dist:${dist.name}`;
      init = { name: dist.name, version: dist.version, kind: 'distribution', under: deps };
    } else {
      const under = e.name.startsWith(deps) ? deps : '';
      const rest = e.name.slice(under.length);
      const slash = rest.indexOf('/');
      const top = slash < 0 ? rest : rest.slice(0, slash);
      const distInfo = DIST_INFO.exec(top);
      if (under && distInfo) {
        // A dist-info without a RECORD: still that distribution.
        key = `dist:${distInfo[1]}`;
        init = { name: distInfo[1]!, version: distInfo[2], kind: 'distribution', under };
      } else {
        key = `${under}${top}${slash < 0 ? '' : '/'}`;
        init = { name: slash < 0 ? top : `${top}/`, kind: slash < 0 ? 'file' : 'folder', under };
      }
    }
    const g = groups.get(key) ?? { ...init, files: 0, size: 0, compressed: 0 };
    g.files++;
    g.size += e.size;
    g.compressed += e.compressedSize;
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => b.size - a.size || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Reads a zip's central directory and its RECORD files, and groups it (see packageSizes). */
export async function zipPackageSizes(zipPath: string): Promise<PackageSize[]> {
  const listing = await listZip(zipPath);
  const records = await readZipEntries(zipPath, (n) => /^python\/[^/]+\.dist-info\/RECORD$/.test(n));
  return packageSizes(listing, records);
}

/** A table cell: no pipes or line breaks. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Size against FC's limits, in words, with a mark a person sees at a glance. */
export function limitVerdict(target: BuildResult['plan']['target'], zipped: number, unpacked: number): string {
  const v = sizeVerdict(target, zipped, unpacked);
  if (target === 'image') {
    return v.level === 'ok'
      ? `✅ within FC's ${formatBytes(FC_LIMITS.imageUncompressed)} limit for images`
      : `❌ over FC's ${formatBytes(FC_LIMITS.imageUncompressed)} limit for custom-container images`;
  }
  if (v.level === 'over-limit') return `❌ over FC's ${formatBytes(FC_LIMITS.codeZipConsole)} code package limit (console and OSS)`;
  if (v.level === 'api-limit') {
    return `⚠️ over the ${formatBytes(FC_LIMITS.codeZipApi)} limit for uploads through the API; upload through the console or OSS (limit ${formatBytes(FC_LIMITS.codeZipConsole)})`;
  }
  return `✅ within FC's limits (${formatBytes(FC_LIMITS.codeZipApi)} through the API, ${formatBytes(FC_LIMITS.codeZipConsole)} through the console or OSS)`;
}

export function cacheWords(hit: CacheHit | undefined): string {
  switch (hit) {
    case 'true':
      return 'hit: every wheel and the resolution were restored, pip did not run';
    case 'partial':
      return 'partial: an earlier wheelhouse was restored; pip resolved and downloaded only the wheels it lacked';
    case 'false':
      return 'miss: pip downloaded every wheel';
    default:
      return 'not used';
  }
}

/** What the file selection left out, by rule: "`*.db` 1 file, 12.0 KiB (default); ...". */
export function leftOutWords(rules: readonly ExclusionRule[]): string {
  if (!rules.length) return 'nothing';
  return rules.map((r) => `\`${r.pattern}\` ${r.files} file${r.files === 1 ? '' : 's'}, ${formatBytes(r.bytes)} (${r.source === 'default' ? 'default' : r.source === 'exclude' ? 'exclude input' : r.source})`).join('; ');
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** The deploy's rows: what went where. No secret is in a report. */
export function deployRows(r: DeployReport): [string, string][] {
  if (r.mode === 'plan') return [['deploy', `plan only, nothing sent (${r.region}): ${r.requests.join('; ')}`]];
  const rows: [string, string][] = [];
  if (r.layerArn) rows.push(['layer version', `\`${r.layerArn}\` (version ${r.layerVersion})`]);
  if (r.functionName) rows.push(['function', `\`${r.functionArn ?? r.functionName}\` (${r.region})${r.image ? `, image \`${r.image}\`` : ''}`]);
  if (r.layers?.length) rows.push(['function layers', r.layers.map((l) => `\`${l}\``).join(', ')]);
  if (r.functionVersion) rows.push(['function version', `${r.functionVersion}${r.alias ? `, alias \`${r.alias}\` points at it` : ''}`]);
  if (r.codeChecksum || r.codeVia) rows.push(['code', `${r.codeChecksum ? `checksum ${r.codeChecksum}` : ''}${r.codeVia ? `${r.codeChecksum ? ', ' : ''}sent as ${r.codeVia}` : ''}`]);
  return rows;
}

/** The summary's markdown, from the result and (for zips) its packages. Pure. */
export function renderSummary(input: SummaryInput, packages?: readonly PackageSize[]): string {
  const { plan, artifact: a } = input;
  const file = path.basename(a.path);
  const isImage = plan.target === 'image';
  const rows: [string, string][] = [];
  rows.push(['target', `${plan.target} (${plan.runtime}, Python ${plan.pythonVersion})`]);
  rows.push(['file', `\`${file}\` at \`${a.path}\``]);
  if (isImage) {
    rows.push(['image', input.image ? `\`${input.image.tag}\` (${input.image.platform}, ${input.image.layers} layers${input.image.generatedDockerfile ? ', generated Dockerfile' : ''})` : '']);
    rows.push(['size', `${formatBytes(a.size)} saved, ${formatBytes(a.unpackedSize)} uncompressed: ${limitVerdict(plan.target, a.size, a.unpackedSize)}`]);
  } else {
    rows.push([
      'size',
      `${formatBytes(a.size)} zipped, ${formatBytes(a.unpackedSize)} unzipped, ${a.entries} entries: ${limitVerdict(plan.target, a.size, a.unpackedSize)}`,
    ]);
  }
  rows.push(['sha256', `\`${a.sha256}\``]);
  const src = plan.install?.source;
  if (src) rows.push(['requirements', `${src.summary}${src.warnings.length ? ` (⚠️ ${src.warnings.join(' ')})` : ''}`]);
  if (input.leftOut) rows.push(['left out', leftOutWords(input.leftOut)]);
  if (input.fromSource?.length) {
    const line = input.fromSource
      .map((b) => `${b.name} ${b.version}: ${b.where.startsWith('runner') ? `on the ${b.where}` : `in \`${b.where.replace(/^image /, '')}\``}, ${b.cached ? 'built before (wheel cache)' : seconds(b.durationMs)}`)
      .join('; ');
    rows.push(['built from source', line]);
  }
  rows.push(['cache', cacheWords(input.cacheHit)]);
  if (input.verify) {
    const imports = input.verify.imports.map((i) => `${i.ok ? '✅' : '❌'} ${i.module}${i.version ? ` ${i.version}` : ''}`).join(', ');
    rows.push(['verify', `imports in \`${input.verify.image}\` (Python ${input.verify.python}): ${imports}`]);
  } else {
    rows.push(['verify', 'skipped (verify: false)']);
  }
  if (input.smoke) {
    const s = input.smoke;
    rows.push(['smoke test', `${s.status < 500 ? '✅' : '❌'} HTTP ${s.status} after ${seconds(s.ms)}${s.listen.length ? `, listening on ${s.listen.join(', ')}` : ''}`]);
  } else if (plan.target !== 'layer') {
    rows.push(['smoke test', 'not run']);
  }
  if (input.upload) {
    const u = input.upload;
    rows.push(['download', `[${u.name}](${u.url}) (artifact ${u.id}, ${formatBytes(u.size)})`]);
  } else {
    rows.push(['download', `not uploaded${input.uploadSkipped ? ` (${input.uploadSkipped})` : ''}`]);
  }
  if (input.deploy) rows.push(...deployRows(input.deploy));
  const times = Object.entries(input.timings).filter(([, ms]) => ms >= 50);
  if (times.length) rows.push(['time', times.map(([k, ms]) => `${k} ${seconds(ms)}`).join(', ')]);

  const out = [`### fc-python-pack: ${file}`, '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`), ''];
  if (packages?.length) {
    const top = packages.slice(0, 10);
    out.push(`#### The ${top.length} largest ${plan.target === 'layer' ? 'packages' : 'packages and folders'}, unzipped`, '');
    out.push('| | version | unzipped | zipped | files |', '|---|---|--:|--:|--:|');
    for (const p of top) {
      out.push(`| ${cell(`${p.under}${p.name}`)} | ${cell(p.version ?? '')} | ${formatBytes(p.size)} | ${formatBytes(p.compressed)} | ${p.files} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** The job summary for a build: reads the zip's directory for the largest packages. */
export async function jobSummary(input: SummaryInput): Promise<string> {
  let packages: PackageSize[] | undefined;
  if (input.plan.target !== 'image') {
    try {
      packages = await zipPackageSizes(input.artifact.path);
    } catch {
      packages = undefined; // the summary goes on without the table
    }
  }
  return renderSummary(input, packages);
}
