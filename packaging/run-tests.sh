#!/bin/bash
# The README's test command: installs what is missing, builds, and runs every test with ctest
# inside a private D-Bus session whose gnome-keyring is unlocked, so keychain tests are real.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CASEDESK_BUILD_DIR:-$root/build}
"$root/packaging/install-deps.sh"
"$root/packaging/build.sh"

# The keyring lives in a throwaway HOME; the build above used the real one (and its ccache).
test_home=$(mktemp -d)
trap 'rm -rf "$test_home"' EXIT
export HOME="$test_home" XDG_DATA_HOME="$test_home/.local/share" XDG_CONFIG_HOME="$test_home/.config"
export QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY
dbus-run-session -- sh -c '
  echo -n casedesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || {
    echo "run-tests: gnome-keyring did not start" >&2; exit 1; }
  b=$1; shift
  exec ctest --test-dir "$b" --output-on-failure --timeout 300 -j2 "$@"
' sh "$build" "$@" 2> >(grep -v "fd limit" >&2)
