#!/usr/bin/env bash
# Prints the path of a Node.js 24 binary (GitHub runs the action on node24), installing
# it from the npm registry into .tmp/node24 the first time.
set -euo pipefail
dir="$(cd "$(dirname "$0")/.." && pwd)/.tmp/node24"
bin="$dir/node_modules/node/bin/node"
if [ ! -x "$bin" ]; then
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || echo '{"name":"node24","private":true}' > "$dir/package.json"
  npm install --prefix "$dir" --no-audit --no-fund --silent node@24 >&2
fi
echo "$bin"
