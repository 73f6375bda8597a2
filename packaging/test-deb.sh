#!/bin/bash
# The installation test: installs the packages in build/deb/ on this machine with dpkg (as
# root, or with sudo), runs CaseDesk from the installed paths only, then purges the packages and
# checks that nothing of them is left. Without root it unpacks them into a scratch root and
# runs them from there. Exit 77 (skipped) only when dpkg is not available.
#   packaging/test-deb.sh [DEB_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
debs=${1:-${CASEDESK_DEB_DIR:-$root/build/deb}}
command -v dpkg >/dev/null 2>&1 || { echo "test-deb: no dpkg here; skipped" >&2; exit 77; }
casedesk_deb=$(ls "$debs"/casedesk_*.deb)
sim_deb=$(ls "$debs"/onestop-sim_*.deb)
work=$(mktemp -d)
fail() { echo "test-deb: $*" >&2; exit 1; }

sudo=""
if [ "$(id -u)" -ne 0 ] && sudo -n true 2>/dev/null; then sudo="sudo -n"; fi
if [ "$(id -u)" -eq 0 ] || [ -n "$sudo" ]; then
  mode=dpkg
  for p in casedesk onestop-sim; do
    if dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "installed"; then
      fail "$p is already installed here; this test would replace and remove it"
    fi
  done
  prefix=""
  $sudo dpkg -i "$casedesk_deb" "$sim_deb" >"$work/dpkg.log" 2>&1 || {
    cat "$work/dpkg.log" >&2; $sudo dpkg --purge casedesk onestop-sim >/dev/null 2>&1 || true
    fail "dpkg -i failed"; }
else
  mode=scratch
  prefix="$work/root"
  dpkg-deb -x "$casedesk_deb" "$prefix"
  dpkg-deb -x "$sim_deb" "$prefix"
fi
cleanup() {
  if [ "$mode" = dpkg ]; then $sudo dpkg --purge casedesk onestop-sim >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
echo "test-deb: installed ($mode)"

# A user who never built CaseDesk: a fresh profile, nothing from the checkout.
export CASEDESK_HOME="$work/profile" LC_ALL=C.UTF-8 XDG_RUNTIME_DIR="$work/run"
mkdir -m 700 "$XDG_RUNTIME_DIR"
unset CASEDESK_DATA_DIR CASEDESK_SYSTEM_CONFIG
mkdir -p "$CASEDESK_HOME"
printf '[ui]\nlanguage=en\n' >"$CASEDESK_HOME/casedesk.ini"
cd "$work"

version=$("$prefix/usr/bin/casedesk-cli" --version)
grep -q "^casedesk-cli 0\." <<<"$version" || fail "casedesk-cli --version: $version"
grep -q "^Templates and calendars: $prefix/usr/share/casedesk$" <<<"$version" \
  || fail "the data is not read from the installed place: $version"

calendar=$("$prefix/usr/bin/casedesk-cli" calendar 2026)
for day in "2026-01-01 off" "2026-10-01 off" "2026-01-04 work"; do
  grep -qx "$day" <<<"$calendar" || fail "casedesk-cli calendar 2026 lacks $day"
done

"$prefix/usr/bin/onestop-sim" --version | grep -q "0\." || fail "onestop-sim --version"
if [ "$mode" = dpkg ]; then
  [ -f /etc/casedesk/casedesk.conf ] || fail "no /etc/casedesk/casedesk.conf"
  dpkg-query -W -f='${Conffiles}\n' casedesk | grep -q "/etc/casedesk/casedesk.conf" \
    || fail "/etc/casedesk/casedesk.conf is not a conffile"
  man -w casedesk-cli >/dev/null || fail "no man page for casedesk-cli"
fi

# The viewer on a PDF, under Xvfb: it must open a window and keep running.
/usr/bin/python3 - "$work/scan.pdf" <<'PY'
import sys
objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
           b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
           b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"]
stream = b"0.8 0 0 rg 100 600 300 100 re f"
objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
out = bytearray(b"%PDF-1.4\n")
offsets = []
for i, body in enumerate(objects, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n%s\nendobj\n" % (i, body)
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
open(sys.argv[1], "wb").write(out)
PY
# Both ways in, as the installed desktop file states them: the application's own Exec (a file
# manager passing files) and its viewer action's (--view).
desktop="$prefix/usr/share/applications/casedesk.desktop"
exec_of() { sed -n "/^\[$1\]/,/^\[/{s/^Exec=//p}" "$desktop" | head -1; }
for entry in "Desktop Entry" "Desktop Action viewer"; do
  line=$(exec_of "$entry")
  case $line in casedesk\ *%F*) ;; *) fail "[$entry] has no Exec=casedesk … %F: $line" ;; esac
  args=${line#casedesk }
  args=${args//%F/$work/scan.pdf}
  rm -f "$work/windows" "$work/viewer.png"
  xvfb-run -a -s "-screen 0 1280x1024x24" bash -c '
    # shellcheck disable=SC2086
    QT_QPA_PLATFORM=xcb "$1/usr/bin/casedesk" $3 >"$2/viewer.out" 2>&1 &
    pid=$!
    for i in $(seq 1 40); do
      sleep 0.25
      if xdotool search --onlyvisible --name "scan\.pdf" >/dev/null 2>&1; then break; fi
    done
    names=$(for w in $(xdotool search --onlyvisible --name "scan\.pdf|CaseDesk" 2>/dev/null); do
              xdotool getwindowname "$w"; done)
    echo "$names" >"$2/windows"
    import -window root "$2/viewer.png" 2>/dev/null || true
    kill -0 $pid 2>/dev/null || { echo "the viewer exited"; cat "$2/viewer.out"; exit 1; }
    kill $pid; wait $pid 2>/dev/null || true
  ' sh "$prefix" "$work" "$args" || fail "casedesk $args did not stay open"
  # The viewer's own title names the file it shows: not the sign-in or the main window.
  grep -q "scan\.pdf" "$work/windows" || fail "casedesk $args: no viewer window: $(cat "$work/windows")"
  # CASEDESK_DEB_SHOT=FILE.png keeps the screenshot, to look at.
  if [ -n "${CASEDESK_DEB_SHOT:-}" ] && [ -s "$work/viewer.png" ]; then cp "$work/viewer.png" "$CASEDESK_DEB_SHOT"; fi
  # The screenshot is not blank: the page's red rectangle is drawn.
  if [ -s "$work/viewer.png" ]; then
    colours=$(convert "$work/viewer.png" -format "%k" info:)
    [ "$colours" -gt 8 ] || fail "casedesk $args: the window is blank ($colours colours)"
  fi
done
[ "$(grep -c " started" "$CASEDESK_HOME/logs/casedesk.log")" -eq 2 ] || fail "the viewer wrote no log"

if [ "$mode" = dpkg ]; then
  files=$(dpkg -L casedesk onestop-sim | sort -u)
  $sudo dpkg --purge casedesk onestop-sim >"$work/purge.log" 2>&1 || {
    cat "$work/purge.log" >&2; fail "dpkg --purge failed"; }
  mode=removed
  left=""
  while read -r f; do
    [ -n "$f" ] && [ -e "$f" ] && [ ! -d "$f" ] && left="$left $f"
  done <<<"$files"
  [ -z "$left" ] || fail "left behind after purge:$left"
  [ ! -e /etc/casedesk ] || fail "/etc/casedesk is left after purge"
  [ ! -e /usr/share/casedesk ] || fail "/usr/share/casedesk is left after purge"
fi
echo "test-deb: passed"
