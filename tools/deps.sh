#!/bin/sh
# Install the Debian packages given as arguments when some are missing.
# Used by `make deps`, `make check` and .ci/run; needs root to install.
missing=""
for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
        missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "kiji: installing Debian packages:$missing"
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
        echo "kiji: run as root, or install them: apt-get install$missing" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
${SUDO:-} apt-get update -qq >/dev/null &&
    ${SUDO:-} apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
    { echo "kiji: apt-get install$missing failed" >&2; exit 1; }
