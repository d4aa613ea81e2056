#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer, then under ThreadSanitizer.
#
#   scripts/sanitizers.sh            both
#   scripts/sanitizers.sh address    one of them (address | thread)
#
# Not part of .ci/run (each is a full rebuild of the package, instrumented, and a test
# run several times slower than the plain one). Each sanitizer has its own build folder
# (.build-asan, .build-tsan; git-ignored by `.build-*/`), so neither touches .build.
#
# Why ThreadSanitizer too: the library code starts no thread and no task (no Dispatch,
# no Task, no async), but the tests run concurrently: Swift Testing runs test functions
# in parallel on several threads, so the readers, the renderers and libxml2 (through
# ChronolexXML) are called from several threads at once, and shared state (statics,
# lazily built tables, libxml2's globals) would race. The CLI tests also spawn the
# `chronolex` executable with Foundation's Process (built with the same sanitizer, so a
# report in the child makes the test fail through its exit status and stderr), and
# Process waits on its child from another thread.
#
# A sanitizer report makes the test run fail; ASan's leak checker is on (Linux default),
# with two suppressions for leaks of the toolchain, not of Chronolex:
# - readBytesFromFile (swift-foundation, Data+Reading.swift): reading a file whose size is
#   0 (FileManager.contents(atPath:), Data(contentsOf:)) mallocs a 4 KiB chunk that the
#   empty Data never frees. Every empty file read leaks 4 KiB: `chronolex parse` on an
#   empty file, and the CLI tests reading an empty stderr. The leak report would go to
#   the child's stderr and fail the CLI test that compares it.
# - libXCTest.so: the XCTest runner's suite objects, still held at exit.
# - Foundation.Process.run (swift-corelibs-foundation): the weak-reference side table
#   Process.run makes for its monitoring source, sometimes still held at exit (32 bytes
#   per process, in the test process, for the CLI tests that spawn chronolex).
# (print_suppressions=0: its table would go to the stderr the CLI tests compare.)
# The output of each run is kept in .build-asan/test.log and .build-tsan/test.log; the
# script prints the test counts and any sanitizer report, and exits non-zero if a run
# failed.
set -uo pipefail
cd "$(dirname "$0")/.."

which="${1:-all}"
suppressions="$(mktemp /tmp/chronolex-lsan-XXXXXX.supp)"
trap 'rm -f "$suppressions"' EXIT
printf 'leak:readBytesFromFile\nleak:libXCTest.so\nleak:Foundation7ProcessC3run\n' >"$suppressions"
export LSAN_OPTIONS="suppressions=$suppressions:print_suppressions=0"
status=0
run() {
    local sanitizer="$1" scratch="$2"
    mkdir -p "$scratch"
    local log="$scratch/test.log"
    echo "== swift test --sanitize=$sanitizer --scratch-path $scratch (log: $log)"
    local started=$(date +%s)
    # The Swift runtime's backtracer would print over the sanitizer's own report.
    local result attempt
    for attempt in 1 2 3; do
        SWIFT_BACKTRACE=enable=no nice -n 19 swift test --sanitize="$sanitizer" --scratch-path "$scratch" >"$log" 2>&1
        result=$?
        # A source edited while it builds (someone at work in the tree): build again.
        grep -a -q "was modified during the build" "$log" || break
        echo "   a source changed during the build; again ($attempt)"
    done
    echo "   exit status $result after $(( $(date +%s) - started )) s"
    # Swift Testing's and XCTest's closing lines, and any sanitizer report.
    grep -a -E "^(✔|✘|􁁛|􀢄|[^ ]*) *Test run with|Executed [0-9]+ tests?|^Test Suite 'All tests'" "$log" | tail -4 | sed 's/^/   /'
    grep -a -E "ERROR: (AddressSanitizer|LeakSanitizer)|WARNING: ThreadSanitizer|SUMMARY: (Address|Leak|Thread)Sanitizer" "$log" | sort | uniq -c | head -20 | sed 's/^/   /'
    [ "$result" -eq 0 ] || status=1
}
case "$which" in
    all) run address .build-asan; run thread .build-tsan ;;
    address) run address .build-asan ;;
    thread) run thread .build-tsan ;;
    *) echo "usage: scripts/sanitizers.sh [address|thread]" >&2; exit 2 ;;
esac
exit "$status"
