#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Draws the phone preview of every Examples payload in both themes into docs/previews/, and the
# opened sheets of the list and the product list. The template is drawn from the Sandbox's own
# definition of it. Run after a build: scripts/previews.sh [build]
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
build=${1:-${WACONSOLE_BUILD_DIR:-build}}
cli="$build/src/cli/waconsole-cli"
out=docs/previews
mkdir -p "$out"
export LANG=C.UTF-8

for example in resources/examples/*.json; do
    name=$(basename "$example" .json)
    for theme in light dark; do
        "$cli" render "$example" -o "$out/$name-$theme.png" --theme "$theme" --time 09:41 \
            --template-def resources/sim/templates.json 2>/dev/null
    done
done
for name in interactive.list interactive.product_list; do
    for theme in light dark; do
        "$cli" render "resources/examples/$name.json" -o "$out/$name-open-$theme.png" \
            --theme "$theme" --state open --time 09:41 2>/dev/null
    done
done
echo "wrote $(ls "$out" | wc -l) previews to $out"
