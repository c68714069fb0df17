#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/Targets (with AddressSanitizer) and runs one of them.
#
#   Scripts/fuzz.sh TARGET SECONDS [LIBFUZZER-OPTION...]   run TARGET for SECONDS
#   Scripts/fuzz.sh build                                  build every target
#   Scripts/fuzz.sh list                                   list the targets
#
# TARGET is a file name in Fuzz/Targets without .swift: Tokenizer, Decoder, CleanBytes, Repair,
# ScriptConversion. The library is compiled without SwiftPM (libFuzzer supplies main, which an
# executable product cannot share with SwiftPM's entry point), with coverage instrumentation.
# Seeds: Fuzz/Seeds, the test fixtures, and the development pages in ../shared/devset when present.
# Findings land in .build/fuzz/artifacts/TARGET; the growing corpus in .build/fuzz/corpus/TARGET.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build="$root/.build/fuzz"
targets=$(ls Fuzz/Targets | sed -n 's/\.swift$//p')

usage() {
    echo "usage: Scripts/fuzz.sh TARGET SECONDS [LIBFUZZER-OPTION...] | build | list" >&2
    echo "targets: $(echo $targets)" >&2
    exit 2
}

build_library() {
    mkdir -p "$build"
    local sources stamp
    sources=$(find Sources/CJKClean Sources/CICUShims Fuzz/Support -name '*.swift' -o -name '*.c' -o -name '*.h' | sort)
    stamp=$(cat $sources | cksum | cut -d' ' -f1)
    if [ -f "$build/library.stamp" ] && [ "$(cat "$build/library.stamp")" = "$stamp" ]; then return; fi
    echo "building the instrumented library…" >&2
    cat >"$build/CICUShims.modulemap" <<MAP
module CICUShims {
    header "$root/Sources/CICUShims/include/CICUShims.h"
    link "icui18n"
    link "icuuc"
    link "icudata"
    export *
}
MAP
    clang -c -O1 -g -fsanitize=fuzzer-no-link,address $(pkg-config --cflags icu-i18n) \
        -I Sources/CICUShims/include Sources/CICUShims/CICUShims.c -o "$build/CICUShims.o"
    # shellcheck disable=SC2046
    swiftc -O -g -swift-version 6 -parse-as-library -wmo -sanitize=fuzzer,address \
        -module-name CJKClean -emit-module -emit-module-path "$build/CJKClean.swiftmodule" \
        -Xcc -fmodule-map-file="$build/CICUShims.modulemap" \
        -c $(find Sources/CJKClean Fuzz/Support -name '*.swift' | sort) -o "$build/CJKClean.o"
    echo "$stamp" >"$build/library.stamp"
}

build_target() {
    local target=$1
    [ -f "Fuzz/Targets/$target.swift" ] || usage
    build_library
    if [ "$build/fuzz-$target" -nt "Fuzz/Targets/$target.swift" ] && [ "$build/fuzz-$target" -nt "$build/CJKClean.o" ]; then
        return
    fi
    echo "building fuzz-$target…" >&2
    # shellcheck disable=SC2046
    swiftc -O -g -swift-version 6 -parse-as-library -sanitize=fuzzer,address \
        -I "$build" -Xcc -fmodule-map-file="$build/CICUShims.modulemap" \
        "Fuzz/Targets/$target.swift" "$build/CJKClean.o" "$build/CICUShims.o" \
        $(pkg-config --libs icu-i18n) -o "$build/fuzz-$target" 2>&1 | { grep -v 'Cannot export local symbol' || true; } >&2
}

seed_directories() {
    local seeds="$build/seeds"
    if [ ! -d "$seeds" ]; then
        mkdir -p "$seeds"
        cp Fuzz/Seeds/* "$seeds/" 2>/dev/null || true
        for file in Tests/CJKCleanTests/Fixtures/*.txt; do cp "$file" "$seeds/fixture-$(basename "$file")"; done
        if [ -d ../shared/devset/pages ]; then
            cp ../shared/devset/pages/*.html "$seeds/"
        fi
    fi
    echo "$seeds"
}

case "${1:-}" in
list) echo "$targets" ;;
build) for target in $targets; do build_target "$target"; done ;;
"" | -*) usage ;;
*)
    target=$1
    seconds=${2:-}
    [[ "$seconds" =~ ^[0-9]+$ ]] || usage
    shift 2
    build_target "$target"
    corpus="$build/corpus/$target"
    artifacts="$build/artifacts/$target"
    mkdir -p "$corpus" "$artifacts"
    seeds=$(seed_directories)
    # Inputs are cut to 8 KB: enough for any structure, and fast enough for millions of runs.
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} "$build/fuzz-$target" \
        -max_total_time="$seconds" -max_len="${FUZZ_MAX_LEN:-8192}" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" "$@" "$corpus" "$seeds"
    ;;
esac
