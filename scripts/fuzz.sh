#!/usr/bin/env bash
# Fuzzes one reader of Chronolex with libFuzzer (AddressSanitizer on).
#
#   scripts/fuzz.sh NAME SECONDS        e.g. scripts/fuzz.sh FuzzMarkdown 1200
#   scripts/fuzz.sh NAME --build        only build the target
#   scripts/fuzz.sh NAME --replay FILE… run the target once on each file (a crash, a seed)
#
# NAME is one of: FuzzMarkdown FuzzPlainText FuzzAddress FuzzRoundTrip FuzzInstructions FuzzHTML FuzzTimeline
# (Fuzz/Sources/NAME/NAME.swift says what each asserts).
#
# Not part of `swift test` or .ci/run. It builds the separate package Fuzz/ (which
# depends on this one by path) into Fuzz/.build-fuzz, fills the working corpus
# Fuzz/Corpus/NAME/ (git-ignored) from the hand-written seeds Fuzz/Seeds/NAME/, the
# kept crashing inputs Fuzz/Regressions/NAME/, Corpus/*.md and, when present,
# ../shared/seeds and ../shared/corpus; then runs ONE fuzzer process (never -jobs/-workers
# > 1) under `nice -n 19` for SECONDS. A crash, a timeout (10 s), an out-of-memory
# (4 GB) or a sanitizer report is written to Fuzz/Crashes/NAME/ and the fuzzer is
# started again for the time left, so one finding does not end the run. At the end it
# prints the total executions, the time, the rate, the corpus size and the findings.
#
# Environment: FUZZ_MAX_LEN (default 65536, 256 for FuzzAddress), FUZZ_CONFIG
# (release, or debug if the release build does not link), FUZZ_EXTRA (more libFuzzer
# flags).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
fuzz="$root/Fuzz"
scratch="$fuzz/.build-fuzz"
targets="FuzzMarkdown FuzzPlainText FuzzAddress FuzzRoundTrip FuzzInstructions FuzzHTML FuzzTimeline"

usage() { echo "usage: scripts/fuzz.sh NAME SECONDS | NAME --build | NAME --replay FILE..." >&2; echo "NAME: $targets" >&2; exit 2; }
[ $# -ge 2 ] || usage
name="$1"; shift
case " $targets " in *" $name "*) ;; *) echo "fuzz.sh: unknown target '$name'" >&2; usage ;; esac

config="${FUZZ_CONFIG:-release}"
build() {
    # -sanitize=fuzzer: coverage instrumentation and libFuzzer's driver; address: ASan.
    # -parse-as-library: the targets have no top-level code (see FuzzSupport.runFuzzer).
    # A source edited while it builds (someone at work in the tree): build again.
    local attempt output
    for attempt in 1 2 3; do
        output="$(nice -n 19 swift build --package-path "$fuzz" -c "$config" \
            -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
            --scratch-path "$scratch" --product "$name" 2>&1)" && { echo "$output" | tail -1 >&2; return 0; }
        echo "$output" | grep -v '^\[' >&2
        echo "$output" | grep -q "was modified during the build" || return 1
    done
    return 1
}
if ! build; then
    if [ "$config" = release ]; then
        echo "fuzz.sh: the release build failed; trying debug" >&2
        config=debug
        build
    else
        exit 1
    fi
fi
binary="$scratch/$config/$name"
[ -x "$binary" ] || { echo "fuzz.sh: no binary at $binary" >&2; exit 1; }
[ "$1" = --build ] && { echo "$binary"; exit 0; }

crashes="$fuzz/Crashes/$name"
mkdir -p "$crashes"
if [ "$1" = --replay ]; then
    shift
    exec nice -n 19 "$binary" -timeout=10 -rss_limit_mb=4096 -artifact_prefix="$crashes/" "$@"
fi

seconds="$1"
[[ "$seconds" =~ ^[0-9]+$ ]] && [ "$seconds" -gt 0 ] || usage

if [ "$name" = FuzzAddress ]; then
    max_len="${FUZZ_MAX_LEN:-256}"; dict="$fuzz/Dictionaries/address.dict"
elif [ "$name" = FuzzHTML ]; then
    max_len="${FUZZ_MAX_LEN:-65536}"; dict="$fuzz/Dictionaries/html.dict"
else
    max_len="${FUZZ_MAX_LEN:-65536}"; dict="$fuzz/Dictionaries/act.dict"
fi

# The working corpus: seeds and kept crashes, plus the example acts for the act readers.
corpus="$fuzz/Corpus/$name"
mkdir -p "$corpus"
seed() { # copies a file into the corpus under a name that cannot clash, if it fits
    local file="$1" prefix="$2"
    [ -f "$file" ] || return 0
    [ "$(stat -c %s "$file")" -le "$max_len" ] || return 0
    cp "$file" "$corpus/$prefix-$(basename "$file")"
}
shopt -s nullglob
for f in "$fuzz/Seeds/$name"/*; do seed "$f" seed; done
for f in "$fuzz/Regressions/$name"/*; do seed "$f" regression; done
if [ "$name" = FuzzHTML ]; then
    while IFS= read -r -d '' f; do seed "$f" shared; done < <(find "$root/../shared/corpus" -type f -name '*.html' -print0 2>/dev/null)
elif [ "$name" != FuzzAddress ]; then
    for f in "$root"/Corpus/*.md; do [ "$(basename "$f")" = README.md ] || seed "$f" corpus; done
    for f in "$root"/../shared/seeds/*.txt; do seed "$f" shared; done
    while IFS= read -r -d '' f; do seed "$f" shared; done < <(find "$root/../shared/corpus" -type f -name '*.md' -print0 2>/dev/null)
    for f in "$root"/Tests/*/Fixtures/*; do seed "$f" fixture; done
fi
shopt -u nullglob

logs="$fuzz/Logs"
mkdir -p "$logs"
log="$logs/$name-$(date -u +%Y%m%dT%H%M%SZ).log"
echo "fuzz.sh: $name for ${seconds}s; corpus $corpus ($(ls "$corpus" | wc -l) files); log $log" >&2

# The Swift runtime's backtracer crashes under ASan and hides the report: off.
export SWIFT_BACKTRACE=enable=no
start=$(date +%s)
total=0
runs=0
while :; do
    left=$(( seconds - ($(date +%s) - start) ))
    [ "$left" -gt 0 ] || break
    runs=$((runs + 1))
    set +e
    # One process, one worker: no -jobs/-workers/-fork.
    # shellcheck disable=SC2086
    nice -n 19 "$binary" "$corpus" \
        -max_total_time="$left" -max_len="$max_len" -timeout=10 -rss_limit_mb=4096 \
        -malloc_limit_mb=4096 -dict="$dict" -artifact_prefix="$crashes/" \
        -print_final_stats=1 -reload=0 ${FUZZ_EXTRA:-} >>"$log" 2>&1
    status=$?
    set -e
    executed=$(grep -a 'stat::number_of_executed_units:' "$log" | tail -1 | awk '{print $2}')
    total=$((total + ${executed:-0}))
    # Each run's final stats are appended; mark the run so the next grep sees only its own.
    echo "fuzz.sh: run $runs ended with status $status after ${executed:-0} executions" >>"$log"
    sed -i 's/^stat::number_of_executed_units:/counted::number_of_executed_units:/' "$log"
    [ "$status" -eq 0 ] && break
    echo "fuzz.sh: finding (status $status), see $log; restarting for the time left" >&2
    [ "$runs" -ge 50 ] && { echo "fuzz.sh: 50 restarts, stopping" >&2; break; }
done
elapsed=$(( $(date +%s) - start ))
[ "$elapsed" -gt 0 ] || elapsed=1

echo "== $name =="
echo "time:            ${elapsed} s ($runs fuzzer run(s))"
echo "executions:      $total"
echo "exec/s:          $(( total / elapsed ))"
echo "corpus:          $(ls "$corpus" | wc -l) files, $(du -sh "$corpus" | cut -f1)"
echo "coverage (last): $(grep -a -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1)"
findings=$(ls "$crashes" | wc -l)
echo "findings:        $findings file(s) in $crashes"
ls "$crashes" | sed 's/^/  /'
echo "log:             $log"
