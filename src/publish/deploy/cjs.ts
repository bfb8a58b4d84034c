/**
 * The Alibaba Cloud SDKs are CommonJS modules, and `import()` hands them over differently in node
 * (module.exports as `default`, some names lifted beside it), in esbuild's bundle (module.exports as
 * `default`) and under vitest (the names, and `default` as module.exports.default): these find an
 * export wherever the loader put it.
 */

/** The levels a loader may have put module.exports at: the namespace, its default, that one's default. */
function levels(mod: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  let cur: unknown = mod;
  for (let i = 0; i < 3 && cur && (typeof cur === 'object' || typeof cur === 'function'); i++) {
    out.push(cur as Record<string, unknown>);
    cur = (cur as { default?: unknown }).default;
  }
  return out;
}

/** A named export (a class or a function). */
export function cjsNamed<T>(mod: unknown, name: string): T {
  const found = levels(mod).find((l) => typeof l[name] === 'function');
  if (!found) throw new Error(`the SDK module has no export ${name}`);
  return found[name] as T;
}

/** The class a module exports as its default (exports.default = Client, or module.exports = Client). */
export function cjsDefaultClass<T>(mod: unknown): T {
  const found = levels(mod).slice(1).find((l) => typeof l === 'function');
  if (!found) throw new Error('the SDK module exports no class');
  return found as T;
}
