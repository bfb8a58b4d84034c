#!/usr/bin/env bash
# Builds the test base image (Debian bookworm: python3.11 with pip, bash, coreutils, dash)
# from Debian packages with mmdebstrap and `docker import`. Never pulls.
# Usage: scripts/test-image.sh [TAG]   (default: fc-python-pack-test/python:3.11)
set -euo pipefail
TAG="${1:-${FCPP_TEST_IMAGE:-fc-python-pack-test/python:3.11}}"
if docker image inspect "$TAG" >/dev/null 2>&1 \
  && docker run --rm --network none --pull never "$TAG" sh -c "python3 -m pip --version && test -e /usr/lib/x86_64-linux-gnu/libstdc++.so.6" >/dev/null 2>&1; then
  echo "test-image: $TAG present"
  exit 0
fi
CACHE="${FCPP_DEB_CACHE:-/var/cache/fc-python-pack-debs}"
mkdir -p "$CACHE"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "test-image: building $TAG (debs cached in $CACHE)"
mmdebstrap --quiet --variant=extract --include=python3,python3-pip,libstdc++6,bash,coreutils,dash,libc-bin \
  --skip=essential/unlink \
  --setup-hook='mkdir -p "$1/var/cache/apt/archives"' \
  --setup-hook="sync-in $CACHE /var/cache/apt/archives" \
  --extract-hook='printf "root:x:0:0:root:/root:/bin/bash\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n" > "$1/etc/passwd"' \
  --extract-hook='printf "root:x:0:\nnogroup:x:65534:\n" > "$1/etc/group"' \
  --extract-hook='ldconfig -r "$1"' \
  --customize-hook="sync-out /var/cache/apt/archives $CACHE" \
  --customize-hook='rm -f "$1"/var/cache/apt/archives/*.deb' \
  bookworm "$work/rootfs.tar"
docker import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV LANG=C.UTF-8' \
  --change 'CMD ["python3"]' \
  "$work/rootfs.tar" "$TAG" >/dev/null
docker run --rm --network none --pull never "$TAG" python3 -c 'import sys, pip; print("test-image: ok", sys.version.split()[0], "pip", pip.__version__)'
