import { createRequire as __fcppCreateRequire } from 'node:module';
const require = __fcppCreateRequire(import.meta.url);
import {
  FC_LIMITS,
  build,
  cleanUpOnSignals,
  deploy,
  deployOutputs,
  errorMessage,
  formatBytes,
  isUserError,
  listZip,
  makePlan,
  outputsOf,
  parseInputs,
  publish,
  readZipEntries,
  recordPaths,
  recordRootPath,
  sizeVerdict,
  summaryLines,
  urlSecrets
} from "./chunks/chunk-7XQRW4AZ.mjs";
import "./chunks/chunk-5UT5PYWT.mjs";
import {
  debug,
  error,
  getIDToken,
  group,
  info,
  notice,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunks/chunk-J32W7YQB.mjs";
import "./chunks/chunk-LI6FLOQR.mjs";

// src/publish/summary.ts
import path from "node:path";
var DIST_INFO = /^(.+?)-([^-/]+)\.dist-info$/;
function packageSizes(listing, records) {
  const deps = "python/";
  const owner = /* @__PURE__ */ new Map();
  for (const [entry, bytes] of records) {
    if (!entry.startsWith(deps)) continue;
    const distDir = entry.slice(deps.length).split("/")[0] ?? "";
    const m = DIST_INFO.exec(distDir);
    if (!m) continue;
    const dist = { name: m[1], version: m[2] };
    for (const written of recordPaths(bytes.toString("utf8"))) {
      const p = recordRootPath(written);
      if (p) owner.set(`${deps}${p}`, dist);
    }
    owner.set(`${deps}${distDir}/RECORD`, dist);
  }
  const groups = /* @__PURE__ */ new Map();
  for (const e of listing) {
    if (e.isDir) continue;
    let key;
    let init;
    const dist = owner.get(e.name);
    if (dist) {
      key = `dist:${dist.name}`;
      init = { name: dist.name, version: dist.version, kind: "distribution", under: deps };
    } else {
      const under = e.name.startsWith(deps) ? deps : "";
      const rest = e.name.slice(under.length);
      const slash = rest.indexOf("/");
      const top = slash < 0 ? rest : rest.slice(0, slash);
      const distInfo = DIST_INFO.exec(top);
      if (under && distInfo) {
        key = `dist:${distInfo[1]}`;
        init = { name: distInfo[1], version: distInfo[2], kind: "distribution", under };
      } else {
        key = `${under}${top}${slash < 0 ? "" : "/"}`;
        init = { name: slash < 0 ? top : `${top}/`, kind: slash < 0 ? "file" : "folder", under };
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
async function zipPackageSizes(zipPath) {
  const listing = await listZip(zipPath);
  const records = await readZipEntries(zipPath, (n) => /^python\/[^/]+\.dist-info\/RECORD$/.test(n));
  return packageSizes(listing, records);
}
function cell(s) {
  return s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function limitVerdict(target, zipped, unpacked) {
  const v = sizeVerdict(target, zipped, unpacked);
  if (target === "image") {
    return v.level === "ok" ? `\u2705 within FC's ${formatBytes(FC_LIMITS.imageUncompressed)} limit for images` : `\u274C over FC's ${formatBytes(FC_LIMITS.imageUncompressed)} limit for custom-container images`;
  }
  if (v.level === "over-limit") return `\u274C over FC's ${formatBytes(FC_LIMITS.codeZipConsole)} code package limit (console and OSS)`;
  if (v.level === "api-limit") {
    return `\u26A0\uFE0F over the ${formatBytes(FC_LIMITS.codeZipApi)} limit for uploads through the API; upload through the console or OSS (limit ${formatBytes(FC_LIMITS.codeZipConsole)})`;
  }
  return `\u2705 within FC's limits (${formatBytes(FC_LIMITS.codeZipApi)} through the API, ${formatBytes(FC_LIMITS.codeZipConsole)} through the console or OSS)`;
}
function cacheWords(hit) {
  switch (hit) {
    case "true":
      return "hit: every wheel and the resolution were restored, pip did not run";
    case "partial":
      return "partial: an earlier wheelhouse was restored; pip resolved and downloaded only the wheels it lacked";
    case "false":
      return "miss: pip downloaded every wheel";
    default:
      return "not used";
  }
}
function leftOutWords(rules) {
  if (!rules.length) return "nothing";
  return rules.map((r) => `\`${r.pattern}\` ${r.files} file${r.files === 1 ? "" : "s"}, ${formatBytes(r.bytes)} (${r.source === "default" ? "default" : r.source === "exclude" ? "exclude input" : r.source})`).join("; ");
}
function seconds(ms) {
  return `${(ms / 1e3).toFixed(1)} s`;
}
function deployRows(r) {
  if (r.mode === "plan") return [["deploy", `plan only, nothing sent (${r.region}): ${r.requests.join("; ")}`]];
  const rows = [];
  if (r.layerArn) rows.push(["layer version", `\`${r.layerArn}\` (version ${r.layerVersion})`]);
  if (r.functionName) rows.push(["function", `\`${r.functionArn ?? r.functionName}\` (${r.region})${r.image ? `, image \`${r.image}\`` : ""}`]);
  if (r.layers?.length) rows.push(["function layers", r.layers.map((l) => `\`${l}\``).join(", ")]);
  if (r.functionVersion) rows.push(["function version", `${r.functionVersion}${r.alias ? `, alias \`${r.alias}\` points at it` : ""}`]);
  if (r.codeChecksum || r.codeVia) rows.push(["code", `${r.codeChecksum ? `checksum ${r.codeChecksum}` : ""}${r.codeVia ? `${r.codeChecksum ? ", " : ""}sent as ${r.codeVia}` : ""}`]);
  return rows;
}
function renderSummary(input, packages) {
  const { plan, artifact: a } = input;
  const file = path.basename(a.path);
  const isImage = plan.target === "image";
  const rows = [];
  rows.push(["target", `${plan.target} (${plan.runtime}, Python ${plan.pythonVersion})`]);
  rows.push(["file", `\`${file}\` at \`${a.path}\``]);
  if (isImage) {
    rows.push(["image", input.image ? `\`${input.image.tag}\` (${input.image.platform}, ${input.image.layers} layers${input.image.generatedDockerfile ? ", generated Dockerfile" : ""})` : ""]);
    rows.push(["size", `${formatBytes(a.size)} saved, ${formatBytes(a.unpackedSize)} uncompressed: ${limitVerdict(plan.target, a.size, a.unpackedSize)}`]);
  } else {
    rows.push([
      "size",
      `${formatBytes(a.size)} zipped, ${formatBytes(a.unpackedSize)} unzipped, ${a.entries} entries: ${limitVerdict(plan.target, a.size, a.unpackedSize)}`
    ]);
  }
  rows.push(["sha256", `\`${a.sha256}\``]);
  const src = plan.install?.source;
  if (src) rows.push(["requirements", `${src.summary}${src.warnings.length ? ` (\u26A0\uFE0F ${src.warnings.join(" ")})` : ""}`]);
  if (input.leftOut) rows.push(["left out", leftOutWords(input.leftOut)]);
  if (input.fromSource?.length) {
    const line = input.fromSource.map((b) => `${b.name} ${b.version}: ${b.where.startsWith("runner") ? `on the ${b.where}` : `in \`${b.where.replace(/^image /, "")}\``}, ${b.cached ? "built before (wheel cache)" : seconds(b.durationMs)}`).join("; ");
    rows.push(["built from source", line]);
  }
  rows.push(["cache", cacheWords(input.cacheHit)]);
  if (input.verify) {
    const imports = input.verify.imports.map((i) => `${i.ok ? "\u2705" : "\u274C"} ${i.module}${i.version ? ` ${i.version}` : ""}`).join(", ");
    rows.push(["verify", `imports in \`${input.verify.image}\` (Python ${input.verify.python}): ${imports}`]);
  } else {
    rows.push(["verify", "skipped (verify: false)"]);
  }
  if (input.smoke) {
    const s = input.smoke;
    rows.push(["smoke test", `${s.status < 500 ? "\u2705" : "\u274C"} HTTP ${s.status} after ${seconds(s.ms)}${s.listen.length ? `, listening on ${s.listen.join(", ")}` : ""}`]);
  } else if (plan.target !== "layer") {
    rows.push(["smoke test", "not run"]);
  }
  if (input.upload) {
    const u = input.upload;
    rows.push(["download", `[${u.name}](${u.url}) (artifact ${u.id}, ${formatBytes(u.size)})`]);
  } else {
    rows.push(["download", `not uploaded${input.uploadSkipped ? ` (${input.uploadSkipped})` : ""}`]);
  }
  if (input.deploy) rows.push(...deployRows(input.deploy));
  const times = Object.entries(input.timings).filter(([, ms]) => ms >= 50);
  if (times.length) rows.push(["time", times.map(([k, ms]) => `${k} ${seconds(ms)}`).join(", ")]);
  const out = [`### fc-python-pack: ${file}`, "", "| | |", "|---|---|", ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`), ""];
  if (packages?.length) {
    const top = packages.slice(0, 10);
    out.push(`#### The ${top.length} largest ${plan.target === "layer" ? "packages" : "packages and folders"}, unzipped`, "");
    out.push("| | version | unzipped | zipped | files |", "|---|---|--:|--:|--:|");
    for (const p of top) {
      out.push(`| ${cell(`${p.under}${p.name}`)} | ${cell(p.version ?? "")} | ${formatBytes(p.size)} | ${formatBytes(p.compressed)} | ${p.files} |`);
    }
    out.push("");
  }
  return out.join("\n");
}
async function jobSummary(input) {
  let packages;
  if (input.plan.target !== "image") {
    try {
      packages = await zipPackageSizes(input.artifact.path);
    } catch {
      packages = void 0;
    }
  }
  return renderSummary(input, packages);
}

// src/action/main.ts
function props(where) {
  return where ? { file: where.file, startLine: where.line, title: where.title } : void 0;
}
var actionLog = {
  info: (m) => info(m),
  notice: (m, w) => notice(m, props(w)),
  warning: (m, w) => warning(m, props(w)),
  error: (m, w) => error(m, props(w)),
  debug: (m) => debug(m),
  group: (name, fn) => group(name, fn)
};
function actionInput(name) {
  return process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "";
}
function maskCredentials(url, setSecret2 = setSecret) {
  for (const s of urlSecrets(url)) setSecret2(s);
}
async function run() {
  let result;
  let published = {};
  cleanUpOnSignals((m) => error(m));
  let deployed;
  try {
    const inputs = parseInputs(actionInput, { cwd: process.env.GITHUB_WORKSPACE || process.cwd(), env: process.env });
    if (inputs.indexUrl) maskCredentials(inputs.indexUrl);
    for (const u of inputs.extraIndexUrls) maskCredentials(u);
    result = await build(makePlan(inputs), actionLog);
    for (const [k, v] of Object.entries(outputsOf(result))) setOutput(k, v);
    for (const l of summaryLines(result)) info(l);
    published = await publish(result, actionLog);
    for (const [k, v] of Object.entries(outputsOf(result, published))) setOutput(k, v);
    if (result.plan.deploy) {
      deployed = await deploy(result, actionLog, { getIDToken: (aud) => getIDToken(aud), mask: (s) => setSecret(s) });
      for (const [k, v] of Object.entries(deployOutputs(deployed))) setOutput(k, v);
    }
  } catch (e) {
    if (!isUserError(e) && e instanceof Error && e.stack) debug(e.stack);
    setFailed(errorMessage(e));
  } finally {
    if (result && process.env.GITHUB_STEP_SUMMARY) {
      try {
        await summary.addRaw(await jobSummary({ ...result, ...published, deploy: deployed })).write();
      } catch (e) {
        warning(`Could not write the job summary: ${errorMessage(e)}`);
      }
    }
  }
}

// src/action/index.ts
void run();
