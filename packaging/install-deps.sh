#!/bin/sh
# The one list of Debian 12 packages that building, running, testing and the demo need.
# Idempotent and quick: it asks dpkg first and runs apt-get only for what is missing,
# and `apt-get update` only once, when something has to be installed.
set -eu

PACKAGES="
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n
  libqt6sql6-sqlite libqt6opengl6-dev libgl-dev
  qt6-httpserver-dev qt6-websockets-dev
  qtkeychain-qt6-dev
  qt6-pdf-dev qt6-charts-dev qt6-svg-dev
  libqrencode-dev libssl-dev zlib1g-dev libqpdf-dev libsecret-1-dev libzip-dev libjbig2dec0-dev libsane-dev sane-utils
  qt6-qpa-plugins libxkbcommon-x11-0
  fonts-noto-cjk fonts-arphic-uming fonts-wqy-zenhei fonts-dejavu-core
  dbus dbus-x11 gnome-keyring libsecret-tools at-spi2-core python3-pyatspi
  python3-yaml python3-jsonschema
  xvfb xauth imagemagick xdotool
  poppler-utils qpdf sqlite3 openssl
  librsvg2-bin
  dpkg-dev lintian desktop-file-utils appstream man-db bash-completion
"

# packaging/fuzz.sh adds clang and its libFuzzer runtime (--fuzz); nothing else needs them.
if [ "${1:-}" = --fuzz ]; then
  PACKAGES="$PACKAGES clang libclang-rt-14-dev"
fi

# Node.js runs the API linter; a machine that already has npm keeps its own Node.js.
if ! command -v npm >/dev/null 2>&1; then
  PACKAGES="$PACKAGES nodejs npm"
fi

missing=""
for p in $PACKAGES; do
  # dpkg-query prints "install ok installed" only for a fully installed package.
  if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" != "install ok installed" ]; then
    missing="$missing $p"
  fi
done

if [ -n "$missing" ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "install-deps: installing$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
  echo "install-deps: done" >&2
fi

# npm tools, pinned, in the checkout's .tools/ (not committed).
NPM_TOOLS="@redocly/cli@1.34.20"
root=$(cd "$(dirname "$0")/.." && pwd)
if [ ! -x "$root/.tools/node_modules/.bin/redocly" ]; then
  echo "install-deps: installing $NPM_TOOLS" >&2
  mkdir -p "$root/.tools"
  # shellcheck disable=SC2086
  npm install --prefix "$root/.tools" --no-audit --no-fund --loglevel=error $NPM_TOOLS >/dev/null
fi
