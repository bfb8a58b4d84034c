#!/usr/bin/env bash
# bench/run.sh [REPS] [APP...]     (default: 3 reps, apps small large)
# bench/run.sh --peer [REPS]       -> bench/peer.sh (warm rebuild vs serverless-python-requirements)
# bench/run.sh --with-peer [REPS] [APP...]  the same, then bench/peer.sh REPS small in the same batch: one summary, every target
#
# Measures, in ONE run and for each app, REPS times (interleaved, so host noise hits all alike):
#   ours     `node dist/cli.cjs build --verify false` cold (fresh --output-dir, XDG_CACHE_HOME, RUNNER_TEMP):
#            wall, timings-ms.install (pip) and .assemble (zip), node's own peak RSS and the
#            tree's max RSS, zip size
#   same     Info-ZIP `zip -r -q -6` on OUR files: our layer.zip unzipped, so both zip the same tree
#   raw      the floor with our platform flags: `pip install -t python -r requirements.txt` then
#            `zip -r -q -6 layer.zip python`, each timed (pip compiles .pyc: its default)
#   rawnc    the same with `pip --no-compile` (the files ours ships), for reference
#   verify   ours again with --verify true in docker (FC_PYTHON_PACK_PULL=never): preflight + verify;
#            then its baseline: `docker run --rm --network none` of the same image importing the same
#            modules from that layer.zip's tree already unpacked on disk (read-only at /opt/python)
# Then prints medians, the ratios the targets are about and PASS/MISS (lib/summarize.mjs).
# Raw rows: bench/.work/results.tsv (one value per row; batch = BENCH_BATCH or run-<timestamp>).
#
# Knobs: BENCH_INDEX_URL (file:///opt/pypi/simple), BENCH_VERIFY=0 (skip the docker runs),
#        BENCH_VERIFY_IMAGE (fc-python-pack-test/python:3.11), BENCH_CLI (dist/cli.cjs),
#        BENCH_PEER_SRC (../shared/bench-peer, where the apps come from), BENCH_NETNS=0.
set -uo pipefail
if [[ "${1:-}" == --peer ]]; then shift; exec "$(dirname "${BASH_SOURCE[0]}")/peer.sh" "$@"; fi
WITH_PEER=0; if [[ "${1:-}" == --with-peer ]]; then WITH_PEER=1; shift; fi
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

REPS="${1:-3}"; shift || true
[[ "$REPS" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [--peer] [REPS] [APP...]" >&2; exit 2; }
APPS=("$@"); [[ ${#APPS[@]} -gt 0 ]] || APPS=(small large)
BATCH="${BATCH:-run-$(date +%Y%m%dT%H%M%S)}"
DO_VERIFY="${BENCH_VERIFY:-1}"

# Modules the docker verify imports. pandas/numpy are left out on purpose: the local test image
# has no libstdc++.so.6, so `import numpy` fails there (it would work on FC's runtime).
verify_imports() { case "$1" in large) echo fastapi,uvicorn,sqlalchemy,orjson ;; *) echo fastapi,uvicorn ;; esac; }

[[ -f "$CLI" ]] || { echo "no $CLI: build it first (npm run bundle)" >&2; exit 2; }
echo "== bench batch $BATCH: $REPS rep(s) of ${APPS[*]}; index $INDEX_URL; netns: ${NETNS[*]:-off}"
echo "   $(host_notes)"
for app in "${APPS[@]}"; do copy_app "$app"; done

fail() { echo "!! $1 failed (rc=$T_RC), log: $2.err" >&2; tail -15 "$2.err" >&2; }

for rep in $(seq 1 "$REPS"); do
  for app in "${APPS[@]}"; do
    L="$LOGS/$BATCH-$app-r$rep"
    echo "-- rep $rep/$REPS, $app"

    # 1. ours, cold, verify off
    out="$WORK/out/$app-cold"; cache="$WORK/cache/$app-cold"
    rm -rf "$out" "$cache"
    ours "$L-ours" "$app" "$out" "$cache" false
    if [[ "$T_RC" == 0 ]]; then
      J="$L-ours.out"; set_platforms_from "$L-ours.err"
      ins=$(ms_to_s "$(json_get "$J" timings-ms.install)"); asm=$(ms_to_s "$(json_get "$J" timings-ms.assemble)")
      size=$(json_get "$J" size)
      rec "$app" "$rep" ours_wall_s "$T_WALL"; rec "$app" "$rep" ours_install_s "$ins"; rec "$app" "$rep" ours_assemble_s "$asm"
      rec "$app" "$rep" ours_cpu_s "$(awk -v u="$T_USER" -v s="$T_SYS" 'BEGIN{printf "%.2f", u+s}')"
      rec "$app" "$rep" ours_node_rss_kb "$O_SELF_KB"; rec "$app" "$rep" ours_tree_rss_kb "$T_RSS_KB"
      rec "$app" "$rep" ours_zip_bytes "$size"; rec "$app" "$rep" ours_entries "$(json_get "$J" entries)"
      rec "$app" "$rep" ours_unpacked_bytes "$(json_get "$J" unpacked-size)"
      echo "   ours   wall ${T_WALL}s = install ${ins}s + assemble ${asm}s + rest; node RSS $((O_SELF_KB/1024)) MiB (tree max $((T_RSS_KB/1024)) MiB); $size B"

      # 2. Info-ZIP alone on the SAME tree: our layer.zip unpacked
      same="$WORK/same/$app"; rm -rf "$same"; mkdir -p "$same"
      unzip -q "$out/layer.zip" -d "$same"
      timed "$L-same" bash -c 'cd "$1" && exec zip -r -q -6 ../infozip.zip python' _ "$same"
      iz=$(stat -c %s "$WORK/same/infozip.zip"); rm -f "$WORK/same/infozip.zip"
      rec "$app" "$rep" infozip_same_s "$T_WALL"; rec "$app" "$rep" infozip_same_bytes "$iz"
      echo "   same   Info-ZIP -6 on our files ${T_WALL}s, $iz B (ours: assemble ${asm}s, $size B)"
      if [[ $rep == 1 ]]; then  # once: without Info-ZIP's extra fields (-X), to separate metadata from deflate
        timed "$L-sameX" bash -c 'cd "$1" && exec zip -r -q -6 -X ../infozip.zip python' _ "$same"
        izx=$(stat -c %s "$WORK/same/infozip.zip"); rm -f "$WORK/same/infozip.zip"
        rec "$app" "$rep" infozipX_same_bytes "$izx"
        echo "          Info-ZIP -6 -X (no extra fields) $izx B"
      fi
      rm -rf "$same"
    else
      fail "ours ($app)" "$L-ours"; rec "$app" "$rep" ours_failed 1
    fi

    # 3./4. raw recipe (pip compiles, its default) and raw --no-compile, same flags + index as ours
    for kind in raw rawnc; do
      dir="$WORK/raw/$app-$kind"; rm -rf "$dir"; mkdir -p "$dir"
      cp "$WORK/apps/$app/requirements.txt" "$dir/"
      extra=(); [[ $kind == rawnc ]] && extra=(--no-compile)
      timed "$L-$kind-pip" bash -c 'cd "$1" && shift && exec "$@"' _ "$dir" \
        "${NETNS[@]}" "${PIP_ENV[@]}" "$PYTHON_BIN" -m pip install -t python -r requirements.txt \
        --index-url "$INDEX_URL" --only-binary=:all: --implementation cp --python-version "$PY_VERSION" \
        "${PLATFORM_ARGS[@]}" "${extra[@]}"
      if [[ "$T_RC" != 0 ]]; then fail "$kind pip ($app)" "$L-$kind-pip"; continue; fi
      pip_s="$T_WALL"; pip_rss="$T_RSS_KB"
      timed "$L-$kind-zip" bash -c 'cd "$1" && exec zip -r -q -6 layer.zip python' _ "$dir"
      zip_s="$T_WALL"; zsize=$(stat -c %s "$dir/layer.zip")
      total=$(awk -v a="$pip_s" -v b="$zip_s" 'BEGIN{printf "%.2f", a+b}')
      rec "$app" "$rep" "${kind}_pip_s" "$pip_s"; rec "$app" "$rep" "${kind}_zip_s" "$zip_s"
      rec "$app" "$rep" "${kind}_total_s" "$total"; rec "$app" "$rep" "${kind}_zip_bytes" "$zsize"
      rec "$app" "$rep" "${kind}_pip_rss_kb" "$pip_rss"
      echo "   $(printf %-6s "$kind") pip ${pip_s}s + zip ${zip_s}s = ${total}s; $zsize B; pip RSS $((pip_rss/1024)) MiB"
      rm -rf "$dir"
    done

    # 5. ours with verify on (docker), a separate cold build
    if [[ "$DO_VERIFY" != 0 ]]; then
      out="$WORK/out/$app-verify"; cache="$WORK/cache/$app-verify"
      rm -rf "$out" "$cache"
      ours "$L-verify" "$app" "$out" "$cache" true --verify-image "$VERIFY_IMAGE" --verify-imports "$(verify_imports "$app")"
      if [[ "$T_RC" == 0 ]]; then
        J="$L-verify.out"
        v=$(ms_to_s "$(json_get "$J" timings-ms.verify)"); p=$(ms_to_s "$(json_get "$J" timings-ms.preflight)")
        rec "$app" "$rep" verify_wall_s "$T_WALL"; rec "$app" "$rep" verify_stage_s "$v"; rec "$app" "$rep" preflight_s "$p"
        rec "$app" "$rep" verify_node_rss_kb "$O_SELF_KB"
        echo "   verify wall ${T_WALL}s: preflight ${p}s, verify ${v}s; node RSS $((O_SELF_KB/1024)) MiB"
        # The baseline: the same image importing the same modules from the layer's tree already
        # on disk (unpacked untimed), read-only at /opt/python; one `docker run`, timed alike.
        tree="$WORK/tree/$app"; rm -rf "$tree"; mkdir -p "$tree"
        unzip -q "$out/layer.zip" -d "$tree"
        timed "$L-vbase" "${NETNS[@]}" docker run --rm --network none --pull never \
          -v "$tree/python:/opt/python:ro" -e PYTHONPATH=/opt/python --entrypoint python3 \
          "$VERIFY_IMAGE" -c "import $(verify_imports "$app")"
        if [[ "$T_RC" == 0 ]]; then
          rec "$app" "$rep" verify_baseline_s "$T_WALL"
          echo "   verify baseline: docker run importing $(verify_imports "$app") from the tree on disk ${T_WALL}s (ours: verify ${v}s)"
        else
          fail "verify baseline ($app)" "$L-vbase"; rec "$app" "$rep" verify_baseline_failed 1
        fi
        rm -rf "$tree"
      else
        fail "ours --verify true ($app)" "$L-verify"; rec "$app" "$rep" verify_failed 1
      fi
    fi
  done
done
rm -rf "$WORK/out" "$WORK/cache" "$WORK/tree"

# --with-peer: the warm rebuild against the peer in the same run and batch, so one summary holds every target.
if [[ $WITH_PEER == 1 ]]; then
  BENCH_BATCH="$BATCH" "$BENCH_DIR/peer.sh" "$REPS" small >"$LOGS/$BATCH-peer.out" 2>&1 || { echo "!! peer bench failed: $LOGS/$BATCH-peer.out" >&2; tail -20 "$LOGS/$BATCH-peer.out" >&2; }
fi

echo
node "$BENCH_DIR/lib/summarize.mjs" "$RESULTS" "$BATCH" | tee "$WORK/summary-$BATCH.md"
