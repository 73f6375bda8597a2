#!/bin/bash
# The soak (issue 22): the desktop app against a busy, unreliable onestop-sim for a while, with a
# scripted clerk at the keyboard (queues, selection, claims and releases, searches, syncs) while
# the simulator's living world brings new applications, corrections and withdrawals. Every minute the app's RSS is written down; at the
# end the outbox must be empty, no warning of an unhandled error may be in the log, and
# `verify-cache` must find the cache equal to the platform.
#   xvfb-run -a -s '-screen 0 1440x900x24' packaging/soak.sh [MINUTES, default 30]
# Prints the RSS series and the verdict; exit 1 when a check fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CASEDESK_BUILD_DIR:-$root/build}
minutes=${1:-30}
if [ -z "${INSIDE_SOAK:-}" ]; then
  "$root/packaging/install-deps.sh" >/dev/null
  "$root/packaging/build.sh" >/dev/null
  export INSIDE_SOAK=1
  exec dbus-run-session -- "$0" "$@"
fi
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export HOME=$work XDG_DATA_HOME=$work/.local/share XDG_CONFIG_HOME=$work/.config TZ=Asia/Shanghai
echo -n soak | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
"$build/platform-sim/onestop-sim" --listen 127.0.0.1:0 --data "$work/sim" --cases 2000 \
  --arrivals 30 --faults latency=50,error=0.03,drop=0.01,truncate=0.01,slow=0.02,burst=0.005 \
  > "$work/sim.out" 2>&1 &
for _ in $(seq 50); do grep -q "listening on" "$work/sim.out" && break; sleep 0.2; done
url=$(sed -n 's/^listening on //p' "$work/sim.out")
cli() { CASEDESK_HOME=$work/$1 "$build/app/casedesk-cli" "${@:2}"; }
mkdir -p "$work/clerk1"
echo demo123 | cli clerk1 login --server "$url" --user clerk1 --password-stdin >/dev/null
printf '[sync]\nintervalSeconds=20\n' >> "$work/clerk1/casedesk.ini"
(command -v openbox >/dev/null && openbox >/dev/null 2>&1 &) || true
CASEDESK_HOME=$work/clerk1 "$build/app/casedesk" > "$work/app.out" 2>&1 &
app=$!
wid=$(timeout 60 xdotool search --sync --onlyvisible --class casedesk | head -1)
xdotool windowsize "$wid" 1440 900 windowmove "$wid" 0 0
sleep 5
echo "minute rss_mib"
end=$((SECONDS + minutes * 60)); next=$SECONDS; minute=0; i=0
while [ $SECONDS -lt $end ]; do
  if [ $SECONDS -ge $next ]; then
    echo "$minute $(( $(ps -o rss= -p $app) / 1024 ))"
    minute=$((minute + 1)); next=$((next + 60))
  fi
  i=$((i + 1))
  # The clerk: a queue, a case, claim it or give it back, the next one, a search, a sync.
  xdotool mousemove 41 $((60 + (i % 6) * 16)) click 1; sleep 1
  xdotool mousemove 300 $((133 + (i % 10) * 23)) click 1; sleep 1
  if [ $((i % 3)) = 0 ]; then xdotool key ctrl+k; else xdotool key ctrl+shift+k; fi; sleep 1
  xdotool key F8; sleep 0.5
  xdotool key ctrl+f; xdotool type --delay 30 "食品"; xdotool key Return; sleep 1
  xdotool key ctrl+a BackSpace Return Escape; sleep 0.5
  [ $((i % 5)) = 0 ] && xdotool key F5
  sleep 2
done
echo "$minute $(( $(ps -o rss= -p $app) / 1024 ))"
xdotool key F5; sleep 20
# What the clerk's screen showed at the end, when asked for (SOAK_SCREENSHOT=FILE.png).
if [ -n "${SOAK_SCREENSHOT:-}" ]; then import -window root "$SOAK_SCREENSHOT" || true; fi
kill $app; wait $app 2>/dev/null || true
verdict=0
# A healthy finish: the outbox empty, the cache equal to the platform, no unhandled error.
outbox=$(cli clerk1 outbox 2>&1 || true)
echo "outbox at the end: $outbox"
# The first line begins with the number of actions still waiting.
[ "$(echo "$outbox" | head -1 | cut -d' ' -f1)" = 0 ] || verdict=1
cli clerk1 verify-cache --repair || verdict=1
# (A warning is expected: the simulator's faults fail some rounds, which the next one retries.)
if grep -E " (CRITICAL|FATAL) |terminate called|ASSERT|Sanitizer" "$work/app.out" "$work/clerk1/logs/"*.log; then
  verdict=1
fi
log=$work/clerk1/logs/casedesk.log
count() { grep -c "$1" "$log" 2>/dev/null || true; }
echo "sync rounds: $(count 'sync round done') done, $(count 'sync round failed') failed" \
  "(the simulator's injected faults); log warnings: $(count ' WARNING ')"
exit $verdict
