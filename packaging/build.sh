#!/bin/sh
# Configures (once) and builds CaseDesk into build/ with Ninja and ccache.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CASEDESK_BUILD_DIR:-$root/build}
werror=OFF
if [ -n "${CI:-}" ]; then werror=ON; fi
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr \
    -DCASEDESK_WERROR=$werror -DCASEDESK_SANITIZE="${CASEDESK_SANITIZE:-}" >/dev/null
else
  cmake "$build" -DCASEDESK_WERROR=$werror -DCASEDESK_SANITIZE="${CASEDESK_SANITIZE:-}" >/dev/null
fi
cmake --build "$build" -- -j"$(nproc)"
