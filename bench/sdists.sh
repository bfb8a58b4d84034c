#!/usr/bin/env bash
# bench/sdists.sh [REPS]     (default 3)    Packages without wheels (issue 18).
#
# An oss2-shaped set: one pure setup.py sdist with install_requires (ossish -> six) and one
# crcmod-shaped sdist with a C extension (crcish), made here with setuptools. For each rep:
#   cold   ours: `build --runtime custom.debian12 --build-image IMG`, fresh caches (ossish on the
#          runner, crcish in the build image)
#   raw    the raw recipe in the same build image: `pip install -t python` of the same requirements
#          (the sdists and six's wheel from read-only find-links, --network none), then `zip -r -q -6`
#   warm   ours again on the cold run's caches: no pip, no container (cache-hit true), same bytes
# Prints medians and cold/raw. Rows: bench/.work/results.tsv (app "sdists").
# Knobs: BENCH_SDIST_IMAGE (fcpp-sdist-build/bookworm:py310-py311, scripts/sdist-build-image.sh).
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
REPS="${1:-3}"
[[ "$REPS" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [REPS]" >&2; exit 2; }
IMG="${BENCH_SDIST_IMAGE:-fcpp-sdist-build/bookworm:py310-py311}"
BATCH="${BATCH:-sdists-$(date +%Y%m%dT%H%M%S)}"
[[ -f "$CLI" ]] || { echo "no $CLI: build it first (npm run bundle)" >&2; exit 2; }
"$REPO_DIR/scripts/sdist-build-image.sh" "$IMG" >/dev/null || exit 2

SD="$WORK/sdists/dist"; WH="$WORK/sdists/wheels"; APP="$WORK/apps/sdists"
rm -rf "$WORK/sdists" "$APP"; mkdir -p "$SD" "$WH" "$APP" "$WORK/sdists/src/ossish/ossish" "$WORK/sdists/src/crcish/crcish" "$WORK/sdists/src/crcish/ext"
printf 'from setuptools import setup\nsetup(name="ossish", version="2.18.0", packages=["ossish"], install_requires=["six"])\n' >"$WORK/sdists/src/ossish/setup.py"
printf 'import six\n' >"$WORK/sdists/src/ossish/ossish/__init__.py"
cat >"$WORK/sdists/src/crcish/setup.py" <<'PY'
from setuptools import setup, Extension
setup(name="crcish", version="1.7", packages=["crcish"], ext_modules=[Extension("crcish._crcfunext", ["ext/_crcfunext.c"])])
PY
cat >"$WORK/sdists/src/crcish/ext/_crcfunext.c" <<'C'
#include <Python.h>
static struct PyModuleDef D = {PyModuleDef_HEAD_INIT, "_crcfunext", NULL, -1, NULL};
PyMODINIT_FUNC PyInit__crcfunext(void) { return PyModule_Create(&D); }
C
printf 'include ext/*.c\n' >"$WORK/sdists/src/crcish/MANIFEST.in"
printf '' >"$WORK/sdists/src/crcish/crcish/__init__.py"
for p in ossish crcish; do (cd "$WORK/sdists/src/$p" && "${PIP_ENV[@]}" "$PYTHON_BIN" setup.py -q sdist -d "$SD" >/dev/null 2>&1) || { echo "sdist $p failed" >&2; exit 1; }; done
# What the raw recipe's pip needs besides the sdists: six, and setuptools/wheel for its isolated builds.
"${PIP_ENV[@]}" "$PYTHON_BIN" -m pip download -q -d "$WH" --only-binary=:all: --python-version "$PY_VERSION" --implementation cp \
  --platform manylinux_2_36_x86_64 --index-url "$INDEX_URL" six setuptools wheel || exit 1
printf 'ossish==2.18.0\ncrcish==1.7\n' >"$APP/requirements.txt"

echo "== bench batch $BATCH: $REPS rep(s), build image $IMG"
for rep in $(seq 1 "$REPS"); do
  L="$LOGS/$BATCH-r$rep"; out="$WORK/out/sdists-cold"; state="$WORK/cache/sdists-cold"
  rm -rf "$out" "$state"
  ours "$L-cold" sdists "$out" "$state" false --runtime custom.debian12 --build-image "$IMG" "--pip-args=--find-links $SD"
  [[ "$T_RC" == 0 ]] || { echo "!! cold failed: $L-cold.err" >&2; tail -15 "$L-cold.err" >&2; exit 1; }
  rec sdists "$rep" cold_wall_s "$T_WALL"; rec sdists "$rep" cold_tree_rss_kb "$T_RSS_KB"; rec sdists "$rep" cold_node_rss_kb "$O_SELF_KB"
  cold_sha=$(sha256sum "$out/layer.zip" | cut -c1-64)

  ours "$L-warm" sdists "$WORK/out/sdists-warm" "$state" false --runtime custom.debian12 --build-image "$IMG" "--pip-args=--find-links $SD"
  [[ "$T_RC" == 0 ]] || { echo "!! warm failed: $L-warm.err" >&2; exit 1; }
  rec sdists "$rep" warm_wall_s "$T_WALL"
  hit=$(json_get "$L-warm.out" cache-hit); same=$([[ "$(sha256sum "$WORK/out/sdists-warm/layer.zip" | cut -c1-64)" == "$cold_sha" ]] && echo yes || echo NO)
  grep -q '^pip: ' "$L-warm.err" && echo "!! warm run ran pip" >&2

  raw="$WORK/out/sdists-raw"; rm -rf "$raw"; mkdir -p "$raw"; cp "$APP/requirements.txt" "$raw/"
  timed "$L-raw" sh -c 'docker run --rm --network none --pull never -v "$1:/s:ro" -v "$2:/w:ro" -v "$3:/o" -e PIP_CONFIG_FILE=/dev/null -e PIP_ROOT_USER_ACTION=ignore "$4" \
      python3.11 -m pip install -q --no-index --find-links /s --find-links /w -t /o/python -r /o/requirements.txt && cd "$3" && zip -r -q -6 layer.zip python' \
    sh "$SD" "$WH" "$raw" "$IMG"
  [[ "$T_RC" == 0 ]] || { echo "!! raw failed: $L-raw.err" >&2; exit 1; }
  rec sdists "$rep" raw_wall_s "$T_WALL"
  echo "-- rep $rep: cold $(grep cold_wall_s "$RESULTS" | tail -1 | cut -f6) s, warm $(grep warm_wall_s "$RESULTS" | tail -1 | cut -f6) s (cache-hit $hit, same bytes $same), raw $T_WALL s"
done
m() { grep -P "^$BATCH\t" "$RESULTS" | awk -F'\t' -v k="$1" '$5==k{print $6}' | tr '\n' ' ' | median_of; }
c=$(m cold_wall_s); w=$(m warm_wall_s); r=$(m raw_wall_s)
echo "== medians: cold $c s, warm $w s, raw $r s; cold/raw $(awk -v a="$c" -v b="$r" 'BEGIN{printf "%.2f", a/b}')"
