#!/usr/bin/env bash
# Installs the Debian/Ubuntu libraries Qt needs, when they are missing.
#   scripts/system-deps.sh test   what the headless test suite needs (offscreen Qt, Xvfb)
#   scripts/system-deps.sh gui    that, plus the X11 (xcb) platform plugin's libraries
# Without apt-get, or without root and sudo, it prints what is missing and carries on.
set -euo pipefail

packages=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core xvfb)
if [ "${1:-test}" = gui ]; then
    packages+=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
               libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1)
fi

command -v dpkg >/dev/null 2>&1 || exit 0
missing=()
for pkg in "${packages[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
[ "${#missing[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
else
    echo "Qt needs these system packages: sudo apt-get install ${missing[*]}" >&2
    exit 0
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
