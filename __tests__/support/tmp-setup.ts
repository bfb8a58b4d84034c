/**
 * One temp folder for the whole test run: TMPDIR points into it for every test and every process
 * a test starts, and it is removed when the run ends, whatever a test forgot (issue 19: one
 * `npm test` used to leave hundreds of /tmp/fcpp-* folders).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  if (process.env.FCPP_SUITE_TMP) return () => undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fcpp-suite-'));
  process.env.FCPP_SUITE_TMP = dir;
  process.env.TMPDIR = dir;
  return () => {
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
