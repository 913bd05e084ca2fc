#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the window with every Examples payload in both themes into docs/screenshots/, plus the
# smallest and a large supported window size, and the Templates window. Run after a build: scripts/screenshots.sh [build]
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
build=${1:-${WACONSOLE_BUILD_DIR:-build}}
app="$build/src/app/waconsole"
out=docs/screenshots
mkdir -p "$out"

# A private HOME: no settings, profiles or draft of the person running it show up.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" XDG_CONFIG_HOME="$tmp/.config" XDG_DATA_HOME="$tmp/.local/share" \
    XDG_RUNTIME_DIR="$tmp" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8

for example in resources/examples/*.json; do
    name=$(basename "$example" .json)
    for theme in light dark; do
        "$app" --open "$example" --theme "$theme" --size 1280x800 \
            --screenshot "$out/$name-$theme.png" 2>/dev/null
    done
done
"$app" --open resources/examples/interactive.list.json --size 1024x700 \
    --screenshot "$out/size-1024x700.png" 2>/dev/null
"$app" --open resources/examples/template.json --size 1920x1080 \
    --screenshot "$out/size-1920x1080.png" 2>/dev/null
# The Templates window and a filled template beside its preview, driven as the tests drive them.
WACONSOLE_SCREENSHOT_DIR="$PWD/$out" "$build/tests/tst_templatecomposer" screenshots >/dev/null
# The window as an agent on a real account sees it: History open, a live profile, a template's
# two empty variables named in the Problems list; 1024×700 and 1440×900, English and Russian,
# both themes.
WACONSOLE_SCREENSHOT_DIR="$PWD/$out" "$build/tests/tst_room" aLiveProfileAndAPlacedProblemFit \
    >/dev/null
# The profile's Receiving webhooks tab: a real account's receiver with its last delivery, the
# Sandbox's, and a new profile's, in both themes.
WACONSOLE_SCREENSHOT_DIR="$PWD/$out" "$build/tests/tst_profilereceiving" screenshots >/dev/null
# The Conversations: a thread of every kind of message with its ticks and a failure (in the
# window and floated), and the composer at a customer whose 24-hour window is closed; 1024×700,
# English and Russian, both themes.
WACONSOLE_SCREENSHOT_DIR="$PWD/$out" "$build/tests/tst_conversationroom" >/dev/null
# Help → About, English and Russian, both themes.
WACONSOLE_SCREENSHOT_DIR="$PWD/$out" "$build/tests/tst_aboutdialog" screenshots >/dev/null
echo "wrote $(ls "$out" | wc -l) screenshots to $out"
