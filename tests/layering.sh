#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The layers, checked by reading includes: each folder of src/ may include only the layers
# beside and below it, and no layer under src/widgets includes a Qt Widgets header.
set -euo pipefail
src=${1:?usage: layering.sh SRC_DIR}
declare -A allowed=(
    [core]="core"
    [net]="core net"
    [storage]="core storage"
    [preview]="core preview"
    [sim]="core sim net"
    [services]="core net storage sim services"
    [widgets]="core net storage preview sim services widgets"
    [cli]="core net storage preview sim services cli"
    [app]="core net storage preview sim services widgets app"
)
widgetHeaders='#include <Q(Widget|Dialog|MainWindow|Label|PushButton|ToolButton|LineEdit|ComboBox|MessageBox|Application|Menu|MenuBar|TreeWidget|TableView|StatusBar|DockWidget|Splitter|ScrollArea|TabWidget|PlainTextEdit|TextEdit|FileDialog)>'
failed=0
for layer in "${!allowed[@]}"; do
    [[ -d "$src/$layer" ]] || continue
    while IFS= read -r line; do
        file=${line%%:*}
        used=$(sed -E 's|.*#include "([a-z]+)/.*|\1|' <<<"$line")
        if [[ " ${allowed[$layer]} " != *" $used "* ]]; then
            echo "upward include: $line (a $layer file may include only: ${allowed[$layer]})"
            failed=1
        fi
    done < <(grep -rnE '#include "[a-z]+/' "$src/$layer" || true)
    if [[ $layer != widgets && $layer != app ]]; then
        if grep -rnE "$widgetHeaders" "$src/$layer"; then
            echo "a Qt Widgets header in src/$layer (above)"
            failed=1
        fi
    fi
done
if ! grep -q 'waconsole_services' "$src/cli/CMakeLists.txt"; then
    echo "waconsole-cli does not link the services layer"
    failed=1
fi
((failed == 0)) && echo "layering: every include points down"
exit $failed
