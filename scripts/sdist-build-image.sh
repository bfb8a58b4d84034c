#!/usr/bin/env bash
# Builds the sdist build image the tests use (FC's build images are on Docker Hub, which tests never
# reach): Debian bookworm from Debian packages (mmdebstrap + docker import, as scripts/test-image.sh),
# with python3 (3.11) + python3-dev + pip, gcc, and this machine's pyenv CPython 3.10 copied in at the
# path it was built for (it links only libc, libm and its own libpython), as python3.10 on PATH.
# Never pulls. Usage: scripts/sdist-build-image.sh [TAG]   (default: fcpp-sdist-build/bookworm:py310-py311)
set -euo pipefail
TAG="${1:-${FCPP_SDIST_BUILD_IMAGE:-fcpp-sdist-build/bookworm:py310-py311}}"
PY310="${FCPP_PY310_HOME:-$(ls -d /root/.pyenv/versions/3.10.* 2>/dev/null | sort -V | tail -1)}"
check='python3.11 -c "import sysconfig; assert sysconfig.get_config_h_filename()" && python3.10 -m pip --version && gcc --version && test -e /usr/include/python3.11/Python.h'
if docker image inspect "$TAG" >/dev/null 2>&1 \
  && docker run --rm --network none --pull never "$TAG" sh -c "$check" >/dev/null 2>&1; then
  echo "sdist-build-image: $TAG present"
  exit 0
fi
if [ -z "$PY310" ] || [ ! -x "$PY310/bin/python3.10" ]; then
  echo "sdist-build-image: no CPython 3.10 under /root/.pyenv/versions (set FCPP_PY310_HOME)" >&2
  exit 1
fi
CACHE="${FCPP_DEB_CACHE:-/var/cache/fc-python-pack-debs}"
mkdir -p "$CACHE"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "sdist-build-image: building $TAG (debs cached in $CACHE, CPython 3.10 from $PY310)"
mmdebstrap --quiet --variant=extract \
  --include=python3,python3-pip,python3-dev,gcc,libc6-dev,libstdc++6,bash,coreutils,dash,libc-bin,tar,gzip \
  --skip=essential/unlink \
  --setup-hook='mkdir -p "$1/var/cache/apt/archives"' \
  --setup-hook="sync-in $CACHE /var/cache/apt/archives" \
  --extract-hook='printf "root:x:0:0:root:/root:/bin/bash\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n" > "$1/etc/passwd"' \
  --extract-hook='printf "root:x:0:\nnogroup:x:65534:\n" > "$1/etc/group"' \
  --extract-hook='ln -sf gcc "$1/usr/bin/cc"' \
  --extract-hook='ldconfig -r "$1"' \
  --customize-hook="sync-out /var/cache/apt/archives $CACHE" \
  --customize-hook='rm -f "$1"/var/cache/apt/archives/*.deb' \
  bookworm "$work/rootfs.tar"
# pyenv's 3.10, at the path its sysconfig names, without its test suite.
mkdir -p "$work/extra/usr/local/bin"
ln -s "$PY310/bin/python3.10" "$work/extra/usr/local/bin/python3.10"
tar --append -f "$work/rootfs.tar" -C / --exclude="${PY310#/}/lib/python3.10/test" --exclude='__pycache__' "${PY310#/}"
tar --append -f "$work/rootfs.tar" -C "$work/extra" usr/local/bin/python3.10
docker import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV LANG=C.UTF-8' \
  --change 'CMD ["python3"]' \
  "$work/rootfs.tar" "$TAG" >/dev/null
docker run --rm --network none --pull never "$TAG" sh -c "$check" >/dev/null
echo "sdist-build-image: ok $TAG"
