#!/usr/bin/env bash
# Sets up everything mapapp needs on a Debian/Ubuntu machine, then runs it.
#   bash packaging/bootstrap.sh run [FILE]   start the app (on the bundled sample without FILE)
#   bash packaging/bootstrap.sh test [ARGS]  run the test suite headless
#   bash packaging/bootstrap.sh setup        only install
# Idempotent: a second call skips what is already there.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
venv="$here/.venv"

# Runtime libraries QtWebEngine needs offscreen, plus those for a window on X11/Wayland.
apt_packages=(
  python3 python3-venv python3-pip
  libegl1 libgl1 libx11-6 libxcomposite1 libxdamage1 libxext6 libxfixes3 libxrandr2
  libxtst6 libbrotli1 libdbus-1-3 libfontconfig1 libfreetype6 libgbm1 libglib2.0-0
  libnspr4 libnss3 libxcb-dri3-0 libxcb1 libxkbcommon0 libxkbfile1
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxkbcommon-x11-0 libxshmfence1
  fonts-dejavu-core
)
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

install_system() {
  command -v dpkg-query >/dev/null 2>&1 || { echo "bootstrap: not a Debian/Ubuntu system; install Qt WebEngine's libraries yourself" >&2; return 0; }
  local missing=() p
  for p in "${apt_packages[@]}"; do installed "$p" || missing+=("$p"); done
  # ALSA's library is libasound2t64 since Debian 13 / Ubuntu 24.04.
  installed libasound2 || installed libasound2t64 || missing+=(asound)
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "bootstrap: installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  if [ "${missing[-1]}" = asound ]; then
    unset 'missing[-1]'
    if apt-cache show libasound2t64 >/dev/null 2>&1; then missing+=(libasound2t64); else missing+=(libasound2); fi
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

install_python() {
  local py=${PYTHON:-python3}
  if [ ! -x "$venv/bin/python" ]; then
    echo "bootstrap: creating $venv"
    "$py" -m venv "$venv"
  fi
  local stamp="$venv/.bootstrap-stamp" want
  want=$(cat pyproject.toml | sha256sum | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "bootstrap: installing mapapp and its packages into $venv"
    "$venv/bin/python" -m pip install -q --upgrade pip
    "$venv/bin/python" -m pip install -q -e ".[test]"
    echo "$want" > "$stamp"
  fi
}

headless_env() {
  export QT_QPA_PLATFORM=offscreen
  # Chromium's sandbox refuses to run as root; CI and containers run as root.
  if [ "$(id -u)" -eq 0 ]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi
}

cmd=${1:-run}
[ $# -gt 0 ] && shift
install_system
install_python
case "$cmd" in
  setup)
    "$venv/bin/mapapp" prepare
    ;;
  run)
    # Built once per version of the code and data (seconds), then read at each start.
    "$venv/bin/mapapp" prepare >/dev/null || echo "bootstrap: could not prepare the caches; the app builds them as it goes" >&2
    exec "$venv/bin/mapapp" "$@"
    ;;
  test)
    headless_env
    "$venv/bin/python" -m ruff check mapapp tests bench geodata scripts
    "$venv/bin/lint-imports"
    exec "$venv/bin/python" -m pytest "$@"
    ;;
  *)
    echo "usage: bash packaging/bootstrap.sh [run [FILE] | test [PYTEST ARGS] | setup]" >&2
    exit 2
    ;;
esac
