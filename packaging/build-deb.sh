#!/bin/sh
# Builds the Debian packages casedesk and onestop-sim into build/deb/ with CPack from the build
# tree (configured with the prefix /usr), and checks them with lintian: any error or warning
# fails (the overrides, each with its reason, are in packaging/debian/lintian-overrides).
#   packaging/build-deb.sh              install what is missing, build, package, lintian
#   packaging/build-deb.sh --no-build   package and lintian an up-to-date build (the tests)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CASEDESK_BUILD_DIR:-$root/build}
out=${CASEDESK_DEB_DIR:-$build/deb}

if [ "${1:-}" != "--no-build" ]; then
  "$root/packaging/install-deps.sh"
  "$root/packaging/build.sh"
fi
prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$build/CMakeCache.txt")
if [ "$prefix" != "/usr" ]; then
  # The machine's configuration is then looked for in /etc, the data in /usr/share.
  cmake "$build" -DCMAKE_INSTALL_PREFIX=/usr >/dev/null
  cmake --build "$build"
fi

rm -rf "$out"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out.log" 2>&1 || {
  cat "$out.log" >&2; exit 1; }
rm -rf "$out/_CPack_Packages"
set +e
report=$(lintian --fail-on error,warning "$out"/*.deb 2>&1)
status=$?
set -e
# lintian warns that it runs as root; that is no finding about the packages.
printf '%s\n' "$report" | grep -v -e "running with root privileges" -e '^$' >&2 || true
if [ $status -ne 0 ]; then
  echo "build-deb: lintian found errors or warnings (above)" >&2
  exit 1
fi
ls "$out"/*.deb
