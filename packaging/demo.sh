#!/bin/bash
# The README's demo command: installs what is missing, builds, starts onestop-sim with demo
# data on a free local port, and opens CaseDesk signed in as the demo clerk. Closing the
# window stops the simulator. The demo session's refresh token goes to your desktop's keychain
# (under its own key) and is removed again when the window closes; without a keychain on the
# session bus the demo runs in a private D-Bus session with a throwaway gnome-keyring.
#   packaging/demo.sh [--user clerk1|clerk2|chief1|super1] [--cases N]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CASEDESK_BUILD_DIR:-$root/build}
user=clerk1 cases=3000
while [ $# -gt 0 ]; do
  case $1 in
    --user) user=$2; shift 2;;
    --cases) cases=$2; shift 2;;
    --inside-session) shift; inside=1;;
    *) echo "demo: unknown option $1" >&2; exit 2;;
  esac
done

if [ -z "${inside:-}" ]; then
  "$root/packaging/install-deps.sh"
  "$root/packaging/build.sh"
  if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "demo: no display to open the window on (DISPLAY is not set). On a headless machine try:" >&2
    echo "  xvfb-run -a -s '-screen 0 1440x900x24' $0" >&2
    exit 1
  fi
  # Staying in the desktop's D-Bus session keeps the window visible to screen readers.
  if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] && dbus-send --session --print-reply --dest=org.freedesktop.DBus \
       /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
       | grep -q 'boolean true'; then
    exec "$0" --inside-session --user "$user" --cases "$cases"
  fi
  export CASEDESK_DEMO_PRIVATE_KEYRING=1
  exec dbus-run-session -- "$0" --inside-session --user "$user" --cases "$cases"
fi

demo=$build/demo
mkdir -p "$demo/sim" "$demo/keyring"
export CASEDESK_HOME=$demo/profile-$user
# The platform's district keeps China's time; show its dates and times as a clerk there sees them.
export TZ=${TZ:-Asia/Shanghai}
if [ -n "${CASEDESK_DEMO_PRIVATE_KEYRING:-}" ]; then
  export XDG_DATA_HOME=$demo/keyring
  echo -n casedesk-demo | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
fi

"$build/platform-sim/onestop-sim" --listen 127.0.0.1:0 --data "$demo/sim" --cases "$cases" >"$demo/sim.out" 2>&1 &
sim=$!
cleanup() {
  "$build/app/casedesk-cli" logout >/dev/null 2>&1 || true
  kill $sim 2>/dev/null; wait $sim 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 300); do
  url=$(sed -n 's/^listening on //p' "$demo/sim.out")
  [ -n "$url" ] && break
  kill -0 $sim 2>/dev/null || { cat "$demo/sim.out" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "demo: onestop-sim did not start" >&2; exit 1; }
echo "demo: onestop-sim at $url; signing in as $user (password demo123)"
echo demo123 | "$build/app/casedesk-cli" login --server "$url" --user "$user" --password-stdin
# The demo CA's certificate, so notices can be signed (a supervisor issues none).
[ "$user" = super1 ] || "$build/app/casedesk-cli" signing-cert fetch
"$build/app/casedesk"
