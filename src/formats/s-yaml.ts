/**
 * The reader of Serverless Devs' s.yaml (edition 3, component fc3): its resources, and the value of
 * any field of one, with the variables it uses (`${vars.x}`, `${env(X)}`, `${resources.x.props.y}`,
 * `${this.props.y}`) resolved when that field is read, so that a variable the build never needs is
 * never an error. The older format (edition 1/2, component fc, service/function) is refused with a
 * clear message. YAML itself is read by the `yaml` package.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { UserError } from '../shared/errors.js';

export interface SYamlResource {
  component: string;
  props: Record<string, unknown>;
}

export interface SYaml {
  /** Absolute path. */
  file: string;
  /** As shown in messages (relative to the workspace). */
  shown: string;
  /** The folder s.yaml is in: relative paths in it (code) are relative to this. */
  dir: string;
  vars: Record<string, unknown>;
  resources: Record<string, SYamlResource>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a resource's component is FC 3.0's (fc3, fc3@0.1.2, devsapp/fc3). */
export const isFc3 = (component: string): boolean => /^(devsapp\/)?fc3(@.*)?$/.test(component);

/** Reads and checks s.yaml; a syntax error names the file and the line. */
export function readSYaml(file: string, shown: string, input = 's-yaml'): SYaml {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new UserError(`Input ${input}: cannot read ${shown} (${(e as NodeJS.ErrnoException).code ?? String(e)}).`, input);
  }
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  const err = doc.errors[0];
  if (err) {
    const line = err.linePos?.[0]?.line ?? (err.pos ? text.slice(0, err.pos[0]).split('\n').length : undefined);
    throw new UserError(`${shown}${line ? `, line ${line}` : ''}: not valid YAML (${err.message.split('\n')[0]}). Fix the syntax (Serverless Devs would refuse it too).`, input);
  }
  const root = doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (!isObject(root)) throw new UserError(`${shown} is not a Serverless Devs file: it holds no mapping (edition, resources...).`, input);
  const services = root.services;
  const oldFc = isObject(services) && Object.values(services).some((s) => isObject(s) && /^(devsapp\/)?fc(@.*)?$/.test(String(s.component ?? '')));
  if (isObject(services) && !isObject(root.resources)) {
    throw new UserError(
      `${shown} is in Serverless Devs' older format (edition ${String(root.edition ?? '1.0.0')}, services${oldFc ? ', component fc with service/function' : ''}). ` +
        'fc-python-pack reads edition 3.0.0 with component fc3: convert it with `s cli fc3 s2tos3` (Serverless Devs), or give the start with start-command, environment and runtime instead of s-yaml.',
      input,
    );
  }
  if (!isObject(root.resources)) throw new UserError(`${shown} has no resources: section (Serverless Devs edition 3.0.0 lists the functions there).`, input);
  const resources: Record<string, SYamlResource> = {};
  for (const [key, r] of Object.entries(root.resources)) {
    if (!isObject(r)) continue;
    resources[key] = { component: String(r.component ?? ''), props: isObject(r.props) ? r.props : {} };
  }
  return { file, shown, dir: path.dirname(file), vars: isObject(root.vars) ? root.vars : {}, resources };
}

/** The keys of the fc3 resources (the functions), in file order. */
export function fc3Keys(s: SYaml): string[] {
  return Object.entries(s.resources)
    .filter(([, r]) => isFc3(r.component))
    .map(([k]) => k);
}

const VAR = /\$\{([^{}]*)\}/g;
const MAX_DEPTH = 20;

/** Walks a dotted path (a.b.0.c) into a value. */
function walk(v: unknown, parts: readonly string[]): { found: boolean; value?: unknown } {
  let cur = v;
  for (const p of parts) {
    if (Array.isArray(cur) && /^\d+$/.test(p)) cur = cur[Number(p)];
    else if (isObject(cur) && Object.prototype.hasOwnProperty.call(cur, p)) cur = cur[p];
    else return { found: false };
  }
  return { found: true, value: cur };
}

/**
 * Resolves the variables of s.yaml's fields, as Serverless Devs does when it deploys. `env`: the
 * environment `${env(X)}` reads (the runner's).
 */
export class SYamlResolver {
  constructor(
    readonly s: SYaml,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** The field at `parts` of resource `key`'s props, resolved; undefined when it is not there. */
  prop(key: string, parts: readonly string[]): unknown {
    const r = this.s.resources[key];
    if (!r) return undefined;
    const got = walk(r.props, parts);
    return got.found ? this.resolve(got.value, key, `resources.${key}.props.${parts.join('.')}`, 0) : undefined;
  }

  private resolve(v: unknown, key: string, field: string, depth: number): unknown {
    if (depth > MAX_DEPTH) throw this.fail(field, '(variables that refer to each other)', 'a variable that refers back to itself');
    if (typeof v === 'string') return this.resolveString(v, key, field, depth);
    if (Array.isArray(v)) return v.map((x, i) => this.resolve(x, key, `${field}.${i}`, depth));
    if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, this.resolve(x, key, `${field}.${k}`, depth)]));
    return v;
  }

  private resolveString(v: string, key: string, field: string, depth: number): unknown {
    const whole = /^\$\{([^{}]*)\}$/.exec(v.trim());
    if (whole) return this.resolve(this.expr(whole[1]!.trim(), key, field, depth), key, field, depth + 1);
    return v.replace(VAR, (_m, e: string) => {
      const x = this.resolve(this.expr(e.trim(), key, field, depth), key, field, depth + 1);
      return typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean' ? String(x) : JSON.stringify(x);
    });
  }

  private expr(e: string, key: string, field: string, depth: number): unknown {
    const env = /^env\(\s*(?:'([^']*)'|"([^"]*)"|([\w.-]+))\s*(?:,\s*(?:'([^']*)'|"([^"]*)"|([^)\s]*))\s*)?\)$/.exec(e) ?? /^env\.([\w]+)()()()()()$/.exec(e);
    if (env) {
      const name = (env[1] ?? env[2] ?? env[3])!;
      const dflt = env[4] ?? env[5] ?? env[6];
      const val = this.env[name] ?? dflt;
      if (val === undefined) throw this.fail(field, `\${${e}}`, `the environment variable ${name} is not set: set it in the workflow step's env (or give the value as an input)`);
      return val;
    }
    const parts = e.split('.');
    if (parts[0] === 'vars') {
      const got = walk(this.s.vars, parts.slice(1));
      if (!got.found) throw this.fail(field, `\${${e}}`, `vars has no ${parts.slice(1).join('.')}`);
      return got.value;
    }
    if (parts[0] === 'resources' || parts[0] === 'this') {
      const rk = parts[0] === 'this' ? key : parts[1]!;
      const rest = parts[0] === 'this' ? parts.slice(1) : parts.slice(2);
      const r = this.s.resources[rk];
      if (r && rest[0] === 'props') {
        const got = walk(r.props, rest.slice(1));
        if (got.found) return this.resolve(got.value, rk, `resources.${rk}.props.${rest.slice(1).join('.')}`, depth + 1);
      }
      if (r && rest[0] === 'name' && rest.length === 1) return rk;
      throw this.fail(field, `\${${e}}`, r ? `it is not a field of resources.${rk} that is known before deploying` : `there is no resource ${rk}`);
    }
    throw this.fail(field, `\${${e}}`, 'fc-python-pack cannot know its value at build time (only vars, env(...), resources.<name>.props and this.props are resolved)');
  }

  private fail(field: string, what: string, why: string): UserError {
    return new UserError(`${this.s.shown}: ${field} uses ${what}, which cannot be resolved: ${why}. Give the value directly, or as the input that says the same thing.`, 's-yaml');
  }
}
