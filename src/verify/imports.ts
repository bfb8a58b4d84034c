/**
 * What verify imports when verify-imports is not set: the top-level modules of every
 * distribution the requirements file names directly (its -r includes too) whose marker holds
 * on FC, plus uvicorn and fastapi when they are installed. The modules of each distribution
 * are read inside the container (top_level.txt, else RECORD), from the dists Python finds there.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { evaluateMarker, normalizeName, parseRequirements } from '../doctor/requirements.js';
import { planMarkerEnvironment } from '../install/target-env.js';

/** The probe's instructions: explicit modules, or distributions whose modules to find. */
export interface ImportSpec {
  /** Modules to import as given (verify-imports). */
  modules: string[];
  /** Distributions whose top-level modules must import; a missing one is a failure. */
  dists: string[];
  /** Distributions whose modules import when they are installed (uvicorn, fastapi). */
  optionalDists: string[];
}

/** What importSpec reads of the plan. */
export interface ImportPlan {
  inputs: { verifyImports: readonly string[]; requirements: string };
  installDeps: boolean;
  pythonFullVersion: string;
}

/** Imported when installed, whatever the requirements say: what FC's start command runs. */
export const SERVER_DISTS = ['uvicorn', 'fastapi'];

/**
 * The distributions a requirements file names directly (and those its -r files name), in order,
 * whose marker holds in FC's environment. A marker this reader cannot evaluate counts as holding.
 */
export async function namedDistributions(file: string, env: Record<string, string>): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = async (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    let text: string;
    try {
      text = await fs.readFile(f, 'utf8');
    } catch {
      return;
    }
    const parsed = parseRequirements(text);
    for (const r of parsed.requirements) {
      let holds = true;
      if (r.marker) {
        try {
          holds = evaluateMarker(r.marker, env);
        } catch {
          holds = true;
        }
      }
      if (holds && !out.includes(r.name)) out.push(r.name);
    }
    for (const inc of parsed.includes) await visit(path.resolve(path.dirname(f), inc.file));
  };
  await visit(path.resolve(file));
  return out;
}

/**
 * verify-imports as given, or the distributions the requirements name: required when this build
 * installed them, looked for only when something else did (an image's own Dockerfile).
 */
export async function importSpec(plan: ImportPlan): Promise<ImportSpec> {
  const { inputs } = plan;
  if (inputs.verifyImports.length) return { modules: [...inputs.verifyImports], dists: [], optionalDists: [] };
  const named = await namedDistributions(inputs.requirements, { ...planMarkerEnvironment(plan), extra: '' });
  const dists = plan.installDeps ? named : [];
  const optional = [...(plan.installDeps ? [] : named), ...SERVER_DISTS.filter((d) => !named.includes(normalizeName(d)))];
  return { modules: [], dists, optionalDists: optional };
}

/**
 * Runs inside the container (python3 -c, never a shell), argv[1] the ImportSpec as JSON. Prints
 * the interpreter, then one line per distribution (its modules, or missing), then one per import.
 * Python 3.8+: importlib.metadata only.
 */
export const IMPORT_PROBE = `
import importlib, json, re, sys
print(json.dumps({"python": "%d.%d" % sys.version_info[:2]}), flush=True)
spec = json.loads(sys.argv[1])
SKIP = {"test", "tests", "testing", "docs", "doc", "examples", "example", "benchmarks", "scripts"}
norm = lambda n: re.sub(r"[-_.]+", "-", n).lower()
found = {}
try:
    from importlib import metadata
    for d in metadata.distributions():
        n = d.metadata["Name"]
        if n and norm(n) not in found:
            found[norm(n)] = d
except Exception as e:
    metadata = None
def top_levels(d):
    names = []
    txt = d.read_text("top_level.txt")
    if txt:
        names = [l.strip().replace("/", ".") for l in txt.splitlines() if l.strip()]
    else:
        for f in d.files or []:
            parts = f.parts
            if not parts or parts[0] in ("..", "bin", "__pycache__") or parts[0].endswith((".dist-info", ".data", ".egg-info", ".pth")):
                continue
            if len(parts) > 1:
                names.append(parts[0])
            elif parts[0].endswith(".py"):
                names.append(parts[0][:-3])
            elif parts[0].endswith(".so"):
                names.append(parts[0].split(".")[0])
    out = []
    for n in names:
        if all(p.isidentifier() for p in n.split(".")) and n.split(".")[0] not in SKIP and n not in out:
            out.append(n)
    return sorted(out, key=lambda n: (n.startswith("_"), n))
mods = list(spec["modules"])
for name, required in [(n, True) for n in spec["dists"]] + [(n, False) for n in spec["optionalDists"]]:
    d = found.get(norm(name))
    if d is None:
        if required:
            print(json.dumps({"dist": name, "missing": True}), flush=True)
        continue
    tl = top_levels(d)
    print(json.dumps({"dist": name, "version": d.version, "modules": tl}), flush=True)
    mods += [m for m in tl if m not in mods]
for name in mods:
    try:
        m = importlib.import_module(name)
        ver = getattr(m, "__version__", None)
        if ver is None:
            try:
                dists = metadata.packages_distributions().get(name.split(".")[0]) or []
                ver = metadata.version(dists[0]) if dists else None
            except Exception:
                ver = None
        print(json.dumps({"module": name, "ok": True, "version": None if ver is None else str(ver), "file": getattr(m, "__file__", None)}), flush=True)
    except BaseException as e:
        print(json.dumps({"module": name, "ok": False, "error": "%s: %s" % (type(e).__name__, e)}), flush=True)
print(json.dumps({"done": len(mods)}), flush=True)
`;
