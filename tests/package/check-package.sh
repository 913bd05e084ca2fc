#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The .deb as a user gets it: unpacked into an empty root, run from there with an environment
# that names no build folder, and checked by the tools a distribution checks with.
# usage: check-package.sh BUILD_DIR SOURCE_DIR VERSION APP_ID
set -euo pipefail
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
version=$3
appid=$4

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

debs=("$build"/waconsole_"$version"_*.deb)
[[ ${#debs[@]} == 1 && -f ${debs[0]} ]] ||
    fail "no waconsole_${version}_*.deb in $build: cmake --build $build --target package"
deb=${debs[0]}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
root=$tmp/root
dpkg-deb -x "$deb" "$root"
echo "unpacked $(basename "$deb") into an empty root"

# Nothing that was installed points back into the build: no path, no RUNPATH, no library.
if grep -rlF "$build" "$root"; then
    fail "the installed files above name the build folder $build"
fi
for program in waconsole waconsole-cli waconsole-sim; do
    [[ -x $root/usr/bin/$program ]] || fail "usr/bin/$program is missing"
    if ldd "$root/usr/bin/$program" | grep -E 'not found|'"$build"; then
        fail "$program links a library it cannot find, or one in the build"
    fi
done

# Only the root's bin and the system's on PATH, a home of its own, started from a folder that
# is neither the build nor the source.
mkdir -m 700 "$tmp/run" "$tmp/home"
work=$tmp/work
mkdir "$work"
cp "$src/resources/examples/text.json" "$work/text.json"
printf '{"messaging_product": "whatsapp", "to": "15551234567", "type": "text", "text": {}}\n' \
    >"$work/bad.json"
installed() {
    (cd "$work" && env -i PATH="$root/usr/bin:/usr/bin:/bin" HOME="$tmp/home" \
        XDG_RUNTIME_DIR="$tmp/run" XDG_CONFIG_HOME="$tmp/home/.config" \
        XDG_DATA_HOME="$tmp/home/.local/share" XDG_CACHE_HOME="$tmp/home/.cache" \
        QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$@")
}

for program in waconsole waconsole-cli waconsole-sim; do
    printed=$(installed "$program" --version)
    [[ $printed == "$program $version" ]] || fail "$program --version printed '$printed'"
    echo "$printed"
done
# With no display at all (no QT_QPA_PLATFORM, no DISPLAY): --version and --help need none.
nodisplay() {
    (cd "$work" && env -i PATH="$root/usr/bin:/usr/bin:/bin" HOME="$tmp/home" \
        XDG_RUNTIME_DIR="$tmp/run" LANG=C.UTF-8 "$@")
}
printed=$(nodisplay waconsole --version 2>&1) || fail "waconsole --version without a display: '$printed'"
[[ $printed == "waconsole $version" ]] || fail "waconsole --version without a display: '$printed'"
printed=$(nodisplay waconsole --help 2>&1) || fail "waconsole --help without a display: '$printed'"
[[ $printed == *"--screenshot"* ]] || fail "waconsole --help without a display: '$printed'"
echo "waconsole --version and --help without a display"
printed=$(installed waconsole -platform offscreen --version 2>&1) || fail "waconsole -platform offscreen --version: '$printed'"
[[ $printed == "waconsole $version" ]] || fail "waconsole -platform offscreen --version: '$printed'"
installed waconsole-cli validate text.json || fail "validate of a valid payload failed"
status=0
problems=$(installed waconsole-cli validate bad.json) || status=$?
[[ $status == 1 && $problems == *"/text/body"* ]] ||
    fail "validate of a payload without a body: exit $status, '$problems'"
echo "validate: text.json passes, bad.json names /text/body"
installed waconsole-cli render text.json -o preview.png
file "$work/preview.png" | grep -q 'PNG image data, 360 x' || fail "render wrote no 360 px PNG"
installed waconsole --open text.json --size 1280x800 --screenshot shot.png
file "$work/shot.png" | grep -q 'PNG image data, 1280 x 800' ||
    fail "waconsole --screenshot wrote no 1280x800 PNG"
echo "render and --screenshot: $(file -b "$work/preview.png" | cut -d, -f1-2)," \
    "$(file -b "$work/shot.png" | cut -d, -f1-2)"
# The translations travel inside the programs.
russian=$(installed env LANGUAGE=ru LANG=ru_RU.UTF-8 waconsole-cli --help)
grep -q 'Проверяет' <<<"$russian" || grep -q '[А-Яа-я]\{6\}' <<<"$russian" ||
    fail "waconsole-cli --help in Russian printed no Russian"
echo "waconsole-cli --help speaks Russian from the installed program"

# The icon in every size it claims, the completion, the manual pages.
for dir in "$root"/usr/share/icons/hicolor/*x*; do
    size=${dir##*/}
    file "$dir/apps/$appid.png" | grep -q "PNG image data, ${size/x/ x }" ||
        fail "icon $size is not ${size}"
done
[[ -f $root/usr/share/icons/hicolor/scalable/apps/$appid.svg ]] || fail "no scalable icon"
for page in waconsole waconsole-cli waconsole-sim; do
    [[ -f $root/usr/share/man/man1/$page.1.gz ]] || fail "no manual page for $page"
done
completion=$root/usr/share/bash-completion/completions/waconsole-cli
offered=$(bash -c 'source /usr/share/bash-completion/bash_completion && source "$1" &&
    COMP_WORDS=(waconsole-cli render x.json --th) COMP_CWORD=3 COMP_LINE="waconsole-cli render x.json --th" \
    COMP_POINT=32 && _waconsole_cli && echo "${COMPREPLY[*]}"' sh "$completion")
[[ $offered == "--theme" ]] || fail "the completion offered '$offered' for render --th"
echo "icons, manual pages and completion are in place"

desktop-file-validate "$root/usr/share/applications/$appid.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/$appid.metainfo.xml"
lintian --fail-on error,warning\
    "$deb"
echo "desktop-file-validate, appstreamcli validate --no-net and lintian pass"
