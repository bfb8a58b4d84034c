# Shared helpers for bench/run.sh and bench/peer.sh. Source it, don't execute it.
# Everything the bench writes stays under bench/.work/ (git-ignored).

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO_DIR="$(cd "$BENCH_DIR/.." && pwd)"
WORK="$BENCH_DIR/.work"
RESULTS="$WORK/results.tsv"
LOGS="$WORK/logs"

CLI="${BENCH_CLI:-$REPO_DIR/dist/cli.cjs}"
PEER_SRC="${BENCH_PEER_SRC:-$REPO_DIR/../shared/bench-peer}"   # read-only original
PEER_DIR="$WORK/bench-peer"                                      # writable copy
INDEX_URL="${BENCH_INDEX_URL:-file:///opt/pypi/simple}"
PY_VERSION="${BENCH_PYTHON_VERSION:-3.11}"
PYTHON_BIN="${BENCH_PYTHON:-python3}"   # what our CLI runs too (python3 on PATH)
VERIFY_IMAGE="${BENCH_VERIFY_IMAGE:-fc-python-pack-test/python:3.11}"

mkdir -p "$WORK" "$LOGS"

# Isolated pip, identical for our CLI and the raw recipe: no config files (~/.config/pip with
# its extra indexes, /etc/xdg/pip constraints), no host find-links, no version check.
PIP_ENV=(env -u PIP_FIND_LINKS -u PIP_INDEX_URL -u PIP_EXTRA_INDEX_URL -u PIP_CONSTRAINT
         -u PIP_REQUIREMENT -u PIP_TARGET -u PIP_PREFIX -u PIP_NO_BINARY -u PIP_ONLY_BINARY
         -u SOURCE_DATE_EPOCH
         PIP_CONFIG_FILE=/dev/null PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
         PIP_ROOT_USER_ACTION=ignore FC_PYTHON_PACK_PULL=never)

# Every timed command runs in a fresh network namespace (only a DOWN loopback): nothing can
# leave the host. docker still works: its socket is a Unix path, not a network address.
NETNS=()
if [[ "${BENCH_NETNS:-1}" != 0 ]] && unshare -n true 2>/dev/null; then NETNS=(unshare -n); fi

# Platform flags of the raw recipe. Taken from the pip command line our CLI logs (set_platforms_from),
# so both use the SAME tags; this fallback mirrors src/plan/plan.ts platformTags('2.28').
PLATFORM_ARGS=()
for m in 28 27 26 25 24 23 22 21 20 19 18 17 12 5; do
  PLATFORM_ARGS+=(--platform "manylinux_2_${m}_x86_64")
  [[ $m == 17 ]] && PLATFORM_ARGS+=(--platform manylinux2014_x86_64)
  [[ $m == 12 ]] && PLATFORM_ARGS+=(--platform manylinux2010_x86_64)
  [[ $m == 5 ]] && PLATFORM_ARGS+=(--platform manylinux1_x86_64)
done
set_platforms_from() {  # set_platforms_from LOG: reads "pip: python3 -m pip install ... --platform X ..." lines
  local tags
  tags=$(grep -m1 '^pip: ' "$1" | grep -oE -- '--platform [^ ]+' | awk '{print $2}')
  [[ -n "$tags" ]] || return 0
  PLATFORM_ARGS=()
  local t; for t in $tags; do PLATFORM_ARGS+=(--platform "$t"); done
}

# timed LOG CMD... : runs CMD under /usr/bin/time; stdout -> LOG.out, stderr -> LOG.err.
# Sets T_RC, T_WALL (s), T_RSS_KB (GNU time %M = max RSS of the waited process AND its waited-for
# descendants, i.e. the biggest single process of the tree - not a sum), T_USER, T_SYS (s, whole tree).
timed() {
  local log="$1"; shift
  local tf; tf="$(mktemp "$WORK/.time.XXXXXX")"
  /usr/bin/time -o "$tf" -f '%x %e %M %U %S' "$@" >"$log.out" 2>"$log.err"
  read -r T_RC T_WALL T_RSS_KB T_USER T_SYS < <(grep -E '^-?[0-9]+ ' "$tf" | tail -1)
  [[ -n "${T_RC:-}" ]] || T_RC=127
  rm -f "$tf"
}

BATCH="${BENCH_BATCH:-}"
# rec APP REP MEASURE VALUE : one long-format row in results.tsv
rec() {
  [[ -s "$RESULTS" ]] || printf 'batch\tts\tapp\trep\tmeasure\tvalue\n' >"$RESULTS"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$BATCH" "$(date +%Y-%m-%dT%H:%M:%S)" "$1" "$2" "$3" "$4" >>"$RESULTS"
}

# json_get FILE KEY : a field of our --json output ("timings-ms.install" for nested ones)
json_get() {
  node -e '
    const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const v = process.argv[2].split(".").reduce((o, k) => (o == null ? o : o[k]), j);
    process.stdout.write(v == null ? "" : String(v));' "$1" "$2" 2>/dev/null
}

# ms_to_s MS
ms_to_s() { [[ -n "$1" ]] && awk -v v="$1" 'BEGIN{printf "%.3f", v/1000}'; }

# copy_app APP : bench/.work/apps/APP from the bench-peer apps (requirements.txt + main.py)
copy_app() {
  local src="$PEER_SRC/apps/$1"
  [[ -f "$src/requirements.txt" ]] || { echo "no app $1 in $PEER_SRC/apps" >&2; exit 2; }
  rm -rf "$WORK/apps/$1"; mkdir -p "$WORK/apps/$1"
  cp "$src/requirements.txt" "$WORK/apps/$1/"
  [[ -f "$src/main.py" ]] && cp "$src/main.py" "$WORK/apps/$1/"
  chmod -R u+w "$WORK/apps/$1"
}

# ours LOG APP OUTDIR STATEDIR VERIFY [extra CLI args] : one `fc-python-pack build` of APP.
# STATEDIR holds everything a cache of ours could live in: XDG_CACHE_HOME and RUNNER_TEMP
# (scratch + default output). Fresh STATEDIR + OUTDIR = cold; the same ones again = warm.
# Sets T_* (whole node process tree) and O_SELF_KB (node's own peak RSS, see lib/rss-probe.cjs).
ours() {
  local log="$1" app="$2" out="$3" state="$4" verify="$5"; shift 5
  mkdir -p "$state/xdg-cache" "$state/runner-temp"
  rm -f "$log.rss"
  timed "$log" "${NETNS[@]}" "${PIP_ENV[@]}" XDG_CACHE_HOME="$state/xdg-cache" RUNNER_TEMP="$state/runner-temp" \
    BENCH_RSS_OUT="$log.rss" \
    node --require "$BENCH_DIR/lib/rss-probe.cjs" "$CLI" build "$WORK/apps/$app" \
      --target layer --python-version "$PY_VERSION" --index-url "$INDEX_URL" \
      --output-dir "$out" --verify "$verify" --json "$@"
  O_SELF_KB=$(sed -n 's/^self_kb=//p' "$log.rss" 2>/dev/null)
}

median_of() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END{if(NR==0)exit; print (NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2}'; }

cli_id() { echo "$(realpath --relative-to="$REPO_DIR" "$CLI" 2>/dev/null || echo "$CLI") sha256 $(cd "$(dirname "$CLI")" && find . -type f | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-12) (its folder) (git HEAD $(git -C "$REPO_DIR" rev-parse --short HEAD 2>/dev/null)$(git -C "$REPO_DIR" diff --quiet HEAD -- src dist 2>/dev/null || echo ', src/dist modified'))"; }

host_notes() {
  echo "cli: $(cli_id)"
  echo "   host: $(nproc) vCPU, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(. /etc/os-release; echo "$PRETTY_NAME"), Linux $(uname -r), node $(node -v), $("$PYTHON_BIN" -m pip --version | cut -d' ' -f1-2), Python $("$PYTHON_BIN" -c 'import platform;print(platform.python_version())'), Info-$(zip -v | sed -n 2p | awk '{print $3,$4}'), loadavg $(cut -d' ' -f1-3 /proc/loadavg)"
}
