#!/usr/bin/env bash
# bench/lock.sh [REPS] [APP]   (default 3 reps, app large)
#
# Issue 12: a locked build against the same app from its unpinned requirements.txt, in ONE run,
# interleaved per repetition so host noise hits both alike:
#   unpinned  `fc-python-pack build` of APP (requirements.txt: pip resolves)                  cold, verify off
#   locked    `fc-python-pack build` of APP-locked (pylock.toml only: pip installs the pinned,
#             hashed set with --no-deps, nothing resolved)                                   cold, verify off
# The lock is made once, before any timing, by pip 26's own `pip lock` (PEP 751) from the same
# requirements.txt and index, in a venv under bench/.work. Both builds use --runtime custom.debian12
# (glibc 2.36, as this host) and Python 3.11, so the wheels pip lock picks are the ones both builds install.
# Prints medians and the ratio locked / unpinned. Rows go to bench/.work/results.tsv.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

REPS="${1:-3}"; APP="${2:-large}"
[[ "$REPS" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [REPS] [APP]" >&2; exit 2; }
BATCH="${BATCH:-lock-$(date +%Y%m%dT%H%M%S)}"
[[ -f "$CLI" ]] || { echo "no $CLI: build it first (npm run bundle)" >&2; exit 2; }

echo "== lock bench batch $BATCH: $REPS rep(s), app $APP; index $INDEX_URL; netns: ${NETNS[*]:-off}"
echo "   $(host_notes)"
copy_app "$APP"

# The lock, untimed: pip 26 from the index into a venv, then `pip lock`.
VENV="$WORK/pip26"
if [[ ! -x "$VENV/bin/pip" ]] || ! "$VENV/bin/pip" lock --help >/dev/null 2>&1; then
  rm -rf "$VENV"
  "$PYTHON_BIN" -m venv "$VENV" || exit 1
  "${PIP_ENV[@]}" "$VENV/bin/pip" install -q --index-url "$INDEX_URL" 'pip>=25.1' || { echo "!! could not install pip>=25.1 from $INDEX_URL" >&2; exit 1; }
fi
LOCKED="$WORK/apps/$APP-locked"
rm -rf "$LOCKED"; mkdir -p "$LOCKED"
[[ -f "$WORK/apps/$APP/main.py" ]] && cp "$WORK/apps/$APP/main.py" "$LOCKED/"
"${PIP_ENV[@]}" "$VENV/bin/pip" lock -q --index-url "$INDEX_URL" --only-binary=:all: \
  -r "$WORK/apps/$APP/requirements.txt" -o "$LOCKED/pylock.toml" || { echo "!! pip lock failed" >&2; exit 1; }
echo "   lock: $LOCKED/pylock.toml, $(grep -c '^\[\[packages\]\]' "$LOCKED/pylock.toml") packages ($("$VENV/bin/pip" --version | cut -d' ' -f1-2))"

ARGS=(--runtime custom.debian12 --python-version 3.11)
for rep in $(seq 1 "$REPS"); do
  L="$LOGS/$BATCH-$APP-r$rep"
  for side in unpinned locked; do
    app="$APP"; [[ $side == locked ]] && app="$APP-locked"
    out="$WORK/out/$app"; cache="$WORK/cache/$app"
    rm -rf "$out" "$cache"
    ours "$L-$side" "$app" "$out" "$cache" false "${ARGS[@]}"
    [[ "$T_RC" == 0 ]] || { echo "!! $side failed (rc=$T_RC), log: $L-$side.err" >&2; tail -15 "$L-$side.err" >&2; exit 1; }
    J="$L-$side.out"
    ins=$(ms_to_s "$(json_get "$J" timings-ms.install)")
    rec "$APP" "$rep" "${side}_wall_s" "$T_WALL"; rec "$APP" "$rep" "${side}_install_s" "$ins"
    echo "   rep $rep $side: ${T_WALL}s (pip ${ins}s), $(json_get "$J" entries) entries, sha256 $(json_get "$J" sha256 | cut -c1-12)"
  done
done
rm -rf "$WORK/out" "$WORK/cache"

med() { awk -F'\t' -v b="$BATCH" -v m="$1" '$1==b && $5==m {print $6}' "$RESULTS" | median_of; }
u=$(med unpinned_wall_s); l=$(med locked_wall_s); ui=$(med unpinned_install_s); li=$(med locked_install_s)
{
  echo
  echo "| $APP, $REPS rep(s), batch $BATCH | median wall s | median pip s |"
  echo "|---|---|---|"
  echo "| unpinned requirements.txt (pip resolves) | $u | $ui |"
  echo "| pylock.toml (pinned, hashed, --no-deps) | $l | $li |"
  echo "| **locked / unpinned** | **$(awk -v a="$l" -v b="$u" 'BEGIN{printf "%.2f", a/b}')** | $(awk -v a="$li" -v b="$ui" 'BEGIN{printf "%.2f", a/b}') |"
} | tee "$WORK/summary-$BATCH.md"
