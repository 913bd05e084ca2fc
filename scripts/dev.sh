#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's two commands:
#   scripts/dev.sh run   install what is missing, build, open the console
#   scripts/dev.sh test  install what is missing, build (warnings are errors), check formatting
#                        and translations, run every test headless with a real keychain
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
mode=${1:-}
shift || true
build=${WACONSOLE_BUILD_DIR:-build}

case "$mode" in
run | test) ;;
*)
    echo "usage: scripts/dev.sh run|test" >&2
    exit 2
    ;;
esac

scripts/install-deps.sh

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DWACONSOLE_WERROR=ON >/dev/null
cmake --build "$build" --parallel 2

if [[ $mode == run ]]; then
    exec "$build/src/app/waconsole" "$@"
fi

echo "== clang-format"
git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run --Werror

echo "== translations are fresh and complete"
cmake --build "$build" --target update_translations >/dev/null
if ! git diff --quiet -- translations/; then
    git --no-pager diff --stat -- translations/
    echo "translations/*.ts are stale: run 'cmake --build build --target update_translations'," \
        "translate the new strings and commit the catalogues" >&2
    exit 1
fi
if grep -l 'type="unfinished"' translations/*.ts; then
    echo "the catalogues above have untranslated strings" >&2
    exit 1
fi

echo "== tests (offscreen, private HOME and session bus, unlocked gnome-keyring)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/run"
export HOME="$tmp" XDG_RUNTIME_DIR="$tmp/run" XDG_CONFIG_HOME="$tmp/.config" \
    XDG_DATA_HOME="$tmp/.local/share" XDG_CACHE_HOME="$tmp/.cache" QT_QPA_PLATFORM=offscreen
dbus-run-session -- sh -c '
    printf %s ci-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 90
    ctest --test-dir "$1" --output-on-failure --timeout 120 --parallel 2
' sh "$build" </dev/null
