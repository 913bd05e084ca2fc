#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's commands:
#   scripts/dev.sh run        install what is missing, build, open the console
#   scripts/dev.sh test       install what is missing, build (warnings are errors), check formatting
#                             and translations, test the package from that build; then run every
#                             other test headless with a real keychain, built with AddressSanitizer
#                             and UBSan, and each fuzz target for a short time (what CI runs)
#   scripts/dev.sh sanitize   build with AddressSanitizer + UBSan (clang) and run the whole suite
#   scripts/dev.sh fuzz [SECONDS]  build the fuzz targets (libFuzzer) and run each for SECONDS
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
mode=${1:-}
shift || true
build=${WACONSOLE_BUILD_DIR:-build}
# `test`'s Release tree: the programs, the benchmarks and the package, no test programs (they
# are built and run in the sanitized tree). Apart from `build`, whose tests screenshots.sh and
# a developer's ctest use.
package_build=${WACONSOLE_PACKAGE_BUILD_DIR:-build-package}
# One sanitized build serves the suite and the fuzz targets: both want ASan and UBSan, and
# libFuzzer's coverage hooks cost the tests little, so CI compiles the code twice, not three times.
sanitized=${WACONSOLE_SANITIZE_BUILD_DIR:-build-sanitize}
# How long CI runs each fuzz target; long runs are `scripts/dev.sh fuzz 3600`.
ci_fuzz_seconds=${WACONSOLE_CI_FUZZ_SECONDS:-10}

case "$mode" in
run | test | sanitize | fuzz) ;;
*)
    echo "usage: scripts/dev.sh run|test|sanitize|fuzz [SECONDS]" >&2
    exit 2
    ;;
esac

# Runs ctest in build dir $1 (more ctest arguments may follow) offscreen, with a private HOME
# and session bus and an unlocked gnome-keyring, so the real keychain is tested.
run_suite() {
    local dir=$1
    shift
    local tmp
    tmp=$(mktemp -d)
    mkdir -m 700 "$tmp/run"
    local status=0
    (
        export HOME="$tmp" XDG_RUNTIME_DIR="$tmp/run" XDG_CONFIG_HOME="$tmp/.config" \
            XDG_DATA_HOME="$tmp/.local/share" XDG_CACHE_HOME="$tmp/.cache" QT_QPA_PLATFORM=offscreen
        dbus-run-session -- sh -c '
            printf %s ci-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 90
            dir=$1; shift
            log=$(mktemp)
            { ctest --test-dir "$dir" --output-on-failure --timeout 120 --parallel 2 "$@"
                echo $? >"$log.status"; } 2>&1 | tee "$log"
            status=$(cat "$log.status")
            # LeakSanitizer'"'"'s own tracer sometimes crashes at a test'"'"'s exit, after the test
            # passed (google/sanitizers#1353): when that is every failure, those run once more.
            failed=$(wc -l <"$dir/Testing/Temporary/LastTestsFailed.log" 2>/dev/null || echo 0)
            crashed=$(grep -c "LeakSanitizer has encountered a fatal error" "$log" || true)
            rm -f "$log" "$log.status"
            if [ "$status" -ne 0 ] && [ "$failed" -gt 0 ] && [ "$failed" -eq "$crashed" ]; then
                echo "== LeakSanitizer crashed in $failed passing test(s): running them again"
                ctest --test-dir "$dir" --output-on-failure --timeout 120 --rerun-failed
                status=$?
            fi
            exit "$status"
        ' sh "$dir" "$@" </dev/null
    ) || status=$?
    rm -rf "$tmp"
    return "$status"
}

# Configures the sanitized build: clang, ASan + UBSan everywhere, the fuzz targets on libFuzzer.
configure_sanitized() {
    cmake -S . -B "$sanitized" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++ \
        -DWACONSOLE_FUZZ=ON -DWACONSOLE_BUILD_BENCH=OFF -DWACONSOLE_UNITY_BUILD=ON >/dev/null
}

# The sanitizers' settings for whatever runs from the sanitized build: stop at the first finding
# with its stack, and look for leaks at exit (suppressing only the libraries' own, see the file).
sanitizer_environment() {
    export ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    # Debian's llvm-14 names its symbolizer with the version; without it a finding has no lines.
    if [[ -x /usr/bin/llvm-symbolizer-14 ]]; then
        export ASAN_SYMBOLIZER_PATH=/usr/bin/llvm-symbolizer-14
    fi
    export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan.supp:print_suppressions=0"
}

# Runs every fuzz target of build dir $1 for $2 seconds each over its seeds and its own growing
# corpus, printing libFuzzer's closing lines; a crash, leak or broken property fails the run and
# leaves the input in $1/fuzz/crashes/. Inputs stay under 8 KiB: the stress seeds are larger, and
# at their size a target runs a few hundred inputs a second instead of thousands (how long text
# behaves is the tests' and benchmarks' to say).
run_fuzzers() {
    local dir=$1 seconds=$2 name dict log
    mkdir -p "$dir/fuzz/corpus" "$dir/fuzz/crashes" "$dir/fuzz/logs"
    while IFS=: read -r name dict; do
        [[ -n $name ]] || continue
        mkdir -p "$dir/fuzz/corpus/$name"
        log="$dir/fuzz/logs/$name.log"
        echo "== fuzz_$name (${seconds}s)"
        if ! "$dir/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -max_len=8192 \
            -print_final_stats=1 \
            -dict="fuzz/$dict" -artifact_prefix="$dir/fuzz/crashes/$name-" \
            "$dir/fuzz/corpus/$name" "$dir/fuzz/seeds/$name" >"$log" 2>&1 </dev/null; then
            tail -n 60 "$log" >&2
            echo "fuzz_$name found a defect: the input is in $dir/fuzz/crashes/" >&2
            return 1
        fi
        grep -E '^#[0-9]+[[:space:]]+DONE|^stat::number_of_executed_units|^stat::average_exec_per_sec|^stat::peak_rss_mb' "$log"
    done <"$dir/fuzz/fuzzers.txt"
}

scripts/install-deps.sh

if [[ $mode == fuzz ]]; then
    configure_sanitized
    cmake --build "$sanitized" --parallel 2 --target fuzz_targets
    sanitizer_environment
    run_fuzzers "$sanitized" "${1:-30}"
    exit 0
fi

if [[ $mode == sanitize ]]; then
    configure_sanitized
    cmake --build "$sanitized" --parallel 2
    sanitizer_environment
    run_suite "$sanitized"
    exit 0
fi

if [[ $mode == run ]]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DWACONSOLE_WERROR=ON \
        -DWACONSOLE_UNITY_BUILD=ON >/dev/null
    cmake --build "$build" --parallel 2
    exec "$build/src/app/waconsole" "$@"
fi

# The test programs are built and run in the sanitized tree only; compiling them here as well
# cost CI a third of its time for the same checks.
cmake -S . -B "$package_build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DWACONSOLE_WERROR=ON \
    -DWACONSOLE_BUILD_TESTS=OFF -DWACONSOLE_UNITY_BUILD=ON >/dev/null
cmake --build "$package_build" --parallel 2

echo "== clang-format"
git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run --Werror

echo "== translations are fresh and complete"
cmake --build "$package_build" --target update_translations >/dev/null
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

# Each test runs once, in the sanitized tree, which runs the same code with more checks. The
# Release tree (g++, -Werror, the programs and the benchmarks) keeps what is about that tree
# itself: the package of its programs.
echo "== package tests (the Release build)"
run_suite "$package_build" -R '^package_'

echo "== tests with AddressSanitizer and UBSan (offscreen, private HOME and session bus," \
    "unlocked gnome-keyring, leak detection on)"
configure_sanitized
cmake --build "$sanitized" --parallel 2
(
    sanitizer_environment
    run_suite "$sanitized" -E '^package_'
    echo "== fuzz targets, ${ci_fuzz_seconds}s each"
    run_fuzzers "$sanitized" "$ci_fuzz_seconds"
)
