#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages waconsole needs to build, run and test (clang, its sanitizer
# and libFuzzer runtimes and llvm-symbolizer for the sanitized suite and the fuzz targets).
# Idempotent: only missing packages are installed; uses sudo when not root.
set -euo pipefail

packages=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libfontconfig-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev
    qt6-svg-dev libqt6svg6
    libqt6sql6-sqlite libsqlite3-dev
    libqt6sql6-psql postgresql
    qtkeychain-qt6-dev
    xvfb xauth dbus-x11 gnome-keyring libsecret-tools
    fonts-dejavu-core fonts-noto-color-emoji fonts-roboto-unhinted
    qt6-translations-l10n
    clang-format git curl openssl ca-certificates
    clang libclang-rt-14-dev llvm-14 lld
    dpkg-dev file gzip librsvg2-bin desktop-file-utils appstream lintian man-db bash-completion
)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
