#!/usr/bin/env bash
# Times whole processes of the release `chronolex` binary on large generated inputs, each
# beside a baseline on the same bytes in the same run (`wc -w` for reading, `git diff
# --no-index --word-diff` for diffs), runs interleaved (A B A B …). Prints a markdown table:
# the best time of the runs, the baseline's best, their ratio, the median of the rounds' own
# ratios (each round's time over the baseline's just after it: what a host whose load comes
# and goes moves least), and the largest peak resident memory of chronolex's runs as the
# kernel counts it (/usr/bin/time %M, or wait4's rusage).
#
#   scripts/bench.sh [--runs 3] [--inputs DIR] [--skip-build] [--binary PATH] [--only REGEX]
#                    [--before PATH]
#
# --before PATH times another build of chronolex too (a copy of an earlier release binary),
# in the same runs, interleaved (new, before, baseline, …): two more columns, its CPU time
# and its peak RSS, so that a change is measured on the same machine at the same moment.
#
# Inputs come from the `chronolex-bench` target (generated once into DIR, default
# /tmp/chronolex-bench; delete DIR to regenerate): a 30 MB act, an amending act of
# 100,000+ instructions, two 5 MB versions with 1% of their words changed, and a base act
# under 2,000 amending acts of 10 instructions. stdout of every run goes to a file in DIR.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=3
dir=${TMPDIR:-/tmp}/chronolex-bench
build=1
binary=.build/release/chronolex
only=.
before=
while [ $# -gt 0 ]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --inputs) dir=$2; shift 2 ;;
        --skip-build) build=0; shift ;;
        --binary) binary=$2; shift 2 ;;
        --only) only=$2; shift 2 ;;
        --before) before=$2; shift 2 ;;
        *) echo "usage: $0 [--runs N] [--inputs DIR] [--skip-build] [--binary PATH] [--only REGEX] [--before PATH]" >&2; exit 2 ;;
    esac
done

if [ "$build" = 1 ]; then
    swift build -c release --product chronolex 2>&1 | grep -E "error|warning: unre" >&2 || true
    swift build -c release --product chronolex-bench 2>&1 | grep -E "error" >&2 || true
fi
if [ ! -f "$dir/inputs.txt" ]; then
    echo "generating inputs in $dir …" >&2
    .build/release/chronolex-bench generate "$dir" >/dev/null
fi
# shellcheck disable=SC1090
. "$dir/inputs.txt"

# One run: "WALL_MICROSECONDS PEAK_KB STATUS CPU_MICROSECONDS" of the command (CPU: user +
# system), its stdout in $dir/out.
rusage_wrapper='
import os, sys, time
start = time.monotonic_ns()
pid = os.fork()
if pid == 0:
    fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_TRUNC); os.dup2(fd, 1)
    null = os.open(os.devnull, os.O_WRONLY); os.dup2(null, 2)
    os.execvp(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
print((time.monotonic_ns() - start) // 1000, usage.ru_maxrss, os.waitstatus_to_exitcode(status),
      int((usage.ru_utime + usage.ru_stime) * 1e6))
'
run_once() {
    if [ -x /usr/bin/time ]; then
        local t0 t1 status=0
        t0=$(date +%s%N)
        /usr/bin/time -f "%M %U %S" -o "$dir/rss" "$@" >"$dir/out" 2>/dev/null || status=$?
        t1=$(date +%s%N)
        tail -n 1 "$dir/rss" | awk -v us=$(( (t1 - t0) / 1000 )) -v status="$status" '{ printf "%d %d %d %d\n", us, $1, status, ($2 + $3) * 1e6 }'
    else
        python3 -c "$rusage_wrapper" "$dir/out" "$@"
    fi
}

seconds() { awk -v us="$1" 'BEGIN { printf "%.3f s", us / 1e6 }'; }

if [ -n "$before" ]; then
    echo "| command | time | median | baseline | baseline time | ratio | paired ratio | CPU time | baseline CPU | CPU ratio | peak RSS | RSS / input | output | before: CPU | before: peak RSS |"
    echo "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
else
    echo "| command | time | median | baseline | baseline time | ratio | paired ratio | CPU time | baseline CPU | CPU ratio | peak RSS | RSS / input | output |"
    echo "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
fi

# bench LABEL INPUT_BYTES EXPECTED_BASELINE_STATUS BASELINE... -- COMMAND...
# (chronolex's own expected status: $expected_status, 0 unless set for one call.)
expected_status=0
bench() {
    local label=$1 input=$2 expected=$3; shift 3
    local baseline=()
    while [ "$1" != "--" ]; do baseline+=("$1"); shift; done
    shift
    [[ $label =~ $only ]] || return 0
    local best=0 base_best=0 cpu_best=0 base_cpu_best=0 peak=0 out=0 us kb status cpu before_cpu=0 before_peak=0 times=() pairs=() own
    for _ in $(seq "$runs"); do
        read -r us kb status cpu < <(run_once "$binary" "$@")
        if [ "$status" != "$expected_status" ]; then echo "chronolex $* exited with $status" >&2; exit 1; fi
        times+=("$us")
        own=$us
        out=$(stat -c %s "$dir/out")
        if [ "$best" = 0 ] || [ "$us" -lt "$best" ]; then best=$us; fi
        if [ "$cpu_best" = 0 ] || [ "$cpu" -lt "$cpu_best" ]; then cpu_best=$cpu; fi
        if [ "$kb" -gt "$peak" ]; then peak=$kb; fi
        if [ -n "$before" ]; then
            read -r us kb status cpu < <(run_once "$before" "$@")
            if [ "$status" != "$expected_status" ]; then echo "$before $* exited with $status" >&2; exit 1; fi
            if [ "$before_cpu" = 0 ] || [ "$cpu" -lt "$before_cpu" ]; then before_cpu=$cpu; fi
            if [ "$kb" -gt "$before_peak" ]; then before_peak=$kb; fi
        fi
        read -r us kb status cpu < <(run_once "${baseline[@]}")
        if [ "$status" != "$expected" ]; then echo "${baseline[*]} exited with $status" >&2; exit 1; fi
        if [ "$base_best" = 0 ] || [ "$us" -lt "$base_best" ]; then base_best=$us; fi
        pairs+=("$(awk -v a="$own" -v b="$us" 'BEGIN { printf "%.6f", a / b }')")
        if [ "$base_cpu_best" = 0 ] || [ "$cpu" -lt "$base_cpu_best" ]; then base_cpu_best=$cpu; fi
    done
    local median
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { print (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }')
    # The ratio of each round (chronolex's time over the baseline's, run one after the
    # other), their median: what a load that comes and goes moves least.
    local paired
    paired=$(printf '%s\n' "${pairs[@]}" | sort -g | awk '{ r[NR] = $1 } END { print (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2 }')
    local name=${baseline[0]}
    case $name in wc) name="wc -w" ;; git) name="git diff --word-diff" ;; esac
    awk -v label="$label" -v t="$best" -v med="$median" -v bname="$name" -v bt="$base_best" -v c="$cpu_best" -v bc="$base_cpu_best" \
        -v kb="$peak" -v input="$input" -v out="$out" -v before="$before" -v pc="$before_cpu" -v pkb="$before_peak" -v paired="$paired" 'BEGIN {
        if (bc < 10000) bc = 10000   # the kernel counts CPU time in 10 ms ticks
        printf "| `%s` | %.3f s | %.3f s | `%s` | %.3f s | %.1f× | %.2f× | %.2f s | %.2f s | %.1f× | %.0f MB | %.1f× | %.1f MB |",
            label, t / 1e6, med / 1e6, bname, bt / 1e6, t / bt, paired, c / 1e6, bc / 1e6, c / bc, kb * 1024 / 1e6, kb * 1024 / input, out / 1e6
        if (before != "") printf " %.2f s | %.0f MB |", pc / 1e6, pkb * 1024 / 1e6
        printf "\n" }'
    last_best=$best
    last_cpu=$cpu_best
}

large=$dir/large-act.md
for format in outline text json markdown html; do
    bench "parse --format $format" "$large_act_bytes" 0 wc -w "$large" -- parse "$large" --format "$format"
done
bench "edits --format json" "$amending_act_bytes" 0 wc -w "$dir/amending-act.md" -- edits "$dir/amending-act.md" --format json
edits_seconds=${last_best:-0}
edits_cpu=${last_cpu:-0}
for format in text html; do
    bench "diff --format $format" "$(( diff_bytes * 2 ))" 1 git diff --no-index --word-diff --no-color "$dir/diff-old.md" "$dir/diff-new.md" \
        -- diff "$dir/diff-old.md" "$dir/diff-new.md" --format "$format"
done
for format in text json; do
    bench "consolidate --format $format" "$consolidation_bytes" 0 wc -w "$dir"/consolidation/*.md \
        -- consolidate "$dir/consolidation" --act "$consolidation_act" --at 2010-01-01 --format "$format"
done

# The two aims on real acts (issue 14: each under 0.1 s), when ../shared is beside the
# project: `consolidate` of the electricity law (Justel's version 83, 600 KB; the file has
# no front matter, so six lines are put before it in a copy), and `check` of the Code
# pénal's Justel page against itself (exit 1: 11 of its 774 articles differ from Justel's
# own text, as expected).
shared=../shared/corpus
if [ -f "$shared/electricity-1999-versions/1999011160.archived-v083.md" ]; then
    electricity=$dir/electricity-v083.md
    { printf -- '---\ntitle-fr: "Loi relative à l'"'"'organisation du marché de l'"'"'électricité"\nnumber: 1999011160\n'
      printf 'date: 1999-04-29\npublication: 1999-05-11\nstarts: 1999-05-11\n---\n'
      cat "$shared/electricity-1999-versions/1999011160.archived-v083.md"; } > "$electricity"
    bench "consolidate (electricity law)" "$(stat -c %s "$electricity")" 0 wc -w "$electricity" \
        -- consolidate "$electricity" --at 2024-07-01
fi
penal=$shared/justel-html/strafwetboek_fr.justel-old-layout.html
if [ -f "$penal" ]; then
    expected_status=1
    bench "check (Code pénal page)" "$(stat -c %s "$penal")" 0 wc -w "$penal" -- check "$penal" --against "$penal"
    expected_status=0
fi

echo
echo "Inputs: large act $(awk -v b="$large_act_bytes" 'BEGIN{printf "%.1f MB", b/1e6}') ($large_act_articles articles);" \
     "amending act $(awk -v b="$amending_act_bytes" 'BEGIN{printf "%.1f MB", b/1e6}'), $amending_act_instructions instructions;" \
     "diff: two acts of $(awk -v b="$diff_bytes" 'BEGIN{printf "%.1f MB", b/1e6}'), $diff_words_changed of $diff_words words changed;" \
     "consolidation: a base act and $consolidation_acts amending acts, $(awk -v b="$consolidation_bytes" 'BEGIN{printf "%.1f MB", b/1e6}')." \
     "Best and median of $runs runs, interleaved with the baseline (wall and CPU = user + system, each the best);" \
     "paired ratio: the median of each round's wall time over the baseline's in that round;" \
     "peak RSS is the largest of chronolex's runs."
if [ "${edits_seconds:-0}" != 0 ]; then
    echo "edits: $(awk -v n="$amending_act_instructions" -v us="$edits_seconds" -v cpu="$edits_cpu" \
        'BEGIN{printf "%.0f instructions/s of wall time, %.0f of CPU time", n / (us / 1e6), n / (cpu / 1e6)}'), whole process."
fi
