/** Owns where fc-python-pack keeps its caches outside Actions: $XDG_CACHE_HOME/fc-python-pack (~/.cache by default). */
import os from 'node:os';
import path from 'node:path';

export function localCacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'fc-python-pack');
}
