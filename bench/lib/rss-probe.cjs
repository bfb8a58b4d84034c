// Loaded with `node --require bench/lib/rss-probe.cjs dist/cli.cjs ...` (bench only; the CLI is
// not changed). On exit it writes the node process's OWN peak RSS to $BENCH_RSS_OUT:
//   self_kb  = process.resourceUsage().maxRSS  (getrusage(RUSAGE_SELF): this process only,
//              NOT pip/docker children - unlike /usr/bin/time %M, which is the max over the
//              whole waited-for tree)
//   hwm_kb   = VmHWM from /proc/self/status (the same figure, read another way)
'use strict';
const fs = require('node:fs');
const out = process.env.BENCH_RSS_OUT;
if (out) {
  process.on('exit', () => {
    let hwm = '';
    try {
      hwm = /VmHWM:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1] ?? '';
    } catch {}
    fs.writeFileSync(out, `self_kb=${process.resourceUsage().maxRSS}\nhwm_kb=${hwm}\n`);
  });
}
