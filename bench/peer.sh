#!/usr/bin/env bash
# bench/peer.sh [REPS] [APP]   (also: bench/run.sh --peer [REPS] [APP]; default 3 reps, app small)
#
# Warm rebuild with unchanged requirements, ours vs the peer, in the same run:
#   ours  per rep: a fresh --output-dir, XDG_CACHE_HOME and RUNNER_TEMP, then `build --verify false` TWICE with the
#         same output dir and env; the 2nd run is "warm" (whatever cache ours keeps may be used).
#   peer  per rep: ../shared/bench-peer's `run-peer.sh APP warm` (serverless 3 +
#         serverless-python-requirements, static cache primed, two consecutive `sls package`
#         runs, in a private netns), run from a writable copy in bench/.work/bench-peer.
# Target: median(ours warm) / median(peer warm) <= 0.25 (issue 13). Rows go to bench/.work/results.tsv.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

REPS="${1:-3}"; APP="${2:-small}"
[[ "$REPS" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [REPS] [APP]" >&2; exit 2; }
BATCH="${BATCH:-peer-$(date +%Y%m%dT%H%M%S)}"
[[ -f "$CLI" ]] || { echo "no $CLI: build it first (npm run bundle)" >&2; exit 2; }

if [[ ! -x "$PEER_DIR/node_modules/.bin/serverless" ]]; then
  echo "== setting up the peer in $PEER_DIR (copy of $PEER_SRC + npm ci)"
  rm -rf "$PEER_DIR"; cp -r "$PEER_SRC" "$PEER_DIR"; chmod -R u+w "$PEER_DIR"
  (cd "$PEER_DIR" && npm ci) || { echo "npm ci failed in $PEER_DIR" >&2; exit 1; }
fi
export PEER_INDEX_URL="$INDEX_URL" BENCH_BATCH="$BATCH"   # the peer uses the same index as ours

echo "== peer bench batch $BATCH: $REPS rep(s), app $APP; netns: ${NETNS[*]:-off}"
echo "   $(host_notes)"
copy_app "$APP"

for rep in $(seq 1 "$REPS"); do
  L="$LOGS/$BATCH-$APP-r$rep"
  out="$WORK/out/$APP-warm"; cache="$WORK/cache/$APP-warm"
  rm -rf "$out" "$cache"
  for run in 1 2; do
    ours "$L-ours$run" "$APP" "$out" "$cache" false
    [[ "$T_RC" == 0 ]] || { echo "!! ours run $run failed, log: $L-ours$run.err" >&2; tail -15 "$L-ours$run.err" >&2; exit 1; }
    J="$L-ours$run.out"
    ins=$(ms_to_s "$(json_get "$J" timings-ms.install)"); asm=$(ms_to_s "$(json_get "$J" timings-ms.assemble)")
    if [[ $run == 1 ]]; then
      rec "$APP" "$rep" ours_first_s "$T_WALL"
    else
      rec "$APP" "$rep" ours_warm_s "$T_WALL"
      rec "$APP" "$rep" ours_warm_install_s "$ins"; rec "$APP" "$rep" ours_warm_assemble_s "$asm"
    fi
    echo "   rep $rep ours run $run: ${T_WALL}s (install ${ins:-skipped}s, assemble ${asm}s) sha256 $(json_get "$J" sha256 | cut -c1-12)"
  done

  (cd "$PEER_DIR" && ./run-peer.sh "$APP" warm) >"$L-peer.log" 2>&1
  res=$(grep '^RESULT ' "$L-peer.log" | tail -1)
  [[ -n "$res" ]] || { echo "!! peer failed, log: $L-peer.log" >&2; tail -20 "$L-peer.log" >&2; exit 1; }
  walls=$(sed -E 's/.* wall_s=([0-9.,]+).*/\1/' <<<"$res")
  for w in ${walls//,/ }; do rec "$APP" "$rep" peer_warm_s "$w"; done
  echo "   rep $rep peer warm: ${walls}s ($(grep -o 'static-cache-hit=[a-z]*' "$L-peer.log" | sort | uniq -c | xargs))"
done
rm -rf "$WORK/out" "$WORK/cache"

echo
node "$BENCH_DIR/lib/summarize.mjs" "$RESULTS" "$BATCH" | tee "$WORK/summary-$BATCH.md"
