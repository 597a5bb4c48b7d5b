#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the application and its builds need, when they are missing.
#   scripts/system-deps.sh test      what the headless test suite needs (offscreen Qt, Xvfb)
#   scripts/system-deps.sh gui       that, plus the X11 (xcb) platform plugin's libraries
#   scripts/system-deps.sh bundle    that, plus what PyInstaller and the .deb build use
#   scripts/system-deps.sh depends   prints the packaged application's Depends line (installs nothing)
# Without apt-get, or without root and sudo, it prints what is missing and carries on.
set -euo pipefail

# What the application itself needs from the system: Qt's display, fonts and session bus.
runtime=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core)
xcb=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
     libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1)

mode="${1:-test}"
if [ "$mode" = depends ]; then
    all=("${runtime[@]}" "${xcb[@]}")
    (IFS=,; echo "${all[*]}" | sed 's/,/, /g')
    exit 0
fi

packages=("${runtime[@]}" xvfb)
case "$mode" in
    gui) packages+=("${xcb[@]}") ;;
    # binutils: PyInstaller reads the libraries' dependencies with objdump; dpkg-deb is in dpkg.
    bundle) packages+=("${xcb[@]}" binutils dpkg) ;;
esac

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
    echo "These system packages are needed: sudo apt-get install ${missing[*]}" >&2
    exit 0
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
