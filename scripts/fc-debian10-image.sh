#!/usr/bin/env bash
# Builds a stand-in for custom.debian10's Python layout from files on this machine: the test image
# (Debian's own python3 on the default PATH) plus a CPython 3.10 at /var/fc/lang/python3.10, found
# only through PATH=/var/fc/lang/python3.10/bin:$PATH, as on FC. Never pulls.
# Usage: scripts/fc-debian10-image.sh [TAG] [PYTHON3.10_PREFIX]
#   TAG default: fc-python-pack-test/fc-debian10:3.10; prefix default: pyenv's newest 3.10.
set -euo pipefail
TAG="${1:-fc-python-pack-test/fc-debian10:3.10}"
BASE="${FCPP_TEST_IMAGE:-fc-python-pack-test/python:3.11}"
PREFIX="${2:-$(ls -d "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.10.* 2>/dev/null | sort -V | tail -1)}"
if docker image inspect "$TAG" >/dev/null 2>&1; then
  echo "fc-debian10-image: $TAG present"
  exit 0
fi
if [ -z "$PREFIX" ] || [ ! -x "$PREFIX/bin/python3.10" ]; then
  echo "fc-debian10-image: no CPython 3.10 found (pyenv install 3.10, or give its prefix)" >&2
  exit 1
fi
name="fcpp-debian10-build-$$"
trap 'docker rm -f "$name" >/dev/null 2>&1 || true' EXIT
docker create --name "$name" --network none --pull never "$BASE" sleep infinity >/dev/null
# The interpreter and its library, without the test suite: /var/fc/lang/python3.10 as FC lays it out.
tar -C "$PREFIX" --exclude='lib/python3.10/test' --exclude='lib/python3.10/idlelib' --exclude='lib/python3.10/tkinter' \
  --exclude='__pycache__' --transform 's,^\.,var/fc/lang/python3.10,' -cf - . | docker cp - "$name:/"
# pyenv links python3.10 against its own prefix: the library goes where the loader looks by default.
docker cp "$PREFIX/lib/libpython3.10.so.1.0" "$name:/usr/lib/x86_64-linux-gnu/libpython3.10.so.1.0"
docker commit --change 'CMD ["python3"]' "$name" "$TAG" >/dev/null
docker run --rm --network none --pull never "$TAG" sh -c 'echo "fc-debian10-image: python3 is $(python3 -V), /var/fc/lang/python3.10/bin/python3 is $(/var/fc/lang/python3.10/bin/python3 -V)"'
