#!/usr/bin/env bash
# Run every atheris target (or those named) for a bounded time each.
#
#   fuzz/run.sh                      # all targets, 300 s each
#   SECONDS_PER_TARGET=600 fuzz/run.sh html process
#
# Needs `pip install atheris` (Linux or macOS with clang). Not part of CI;
# `make fuzz` calls this. Findings go to fuzz/crashes/TARGET/ (crash-*,
# timeout-*, oom-*); the growing corpus to fuzz/work/TARGET/, seeded from
# fuzz/corpus/TARGET/ (which is never written to); one log per target and
# run to fuzz/logs/. libFuzzer stops at a finding; the target is restarted
# (at most MAX_RESTARTS times) until its time is spent. The time budget is
# wall-clock time and includes start-up (instrumenting newskit takes up to a
# minute); the summary line also gives the seconds libFuzzer spent fuzzing.
set -u
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python}
BUDGET=${SECONDS_PER_TARGET:-300}
MAX_RESTARTS=${MAX_RESTARTS:-5}
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(text html dateline times quotes cleanup process)
stamp=$(date +%Y%m%d-%H%M%S)
for t in "${TARGETS[@]}"; do
    mkdir -p "fuzz/work/$t" "fuzz/crashes/$t" "fuzz/logs"
    log="fuzz/logs/$t-$stamp.log"
    start=$(date +%s)
    restarts=0
    while :; do
        left=$(( BUDGET - ($(date +%s) - start) ))
        [ "$left" -le 5 ] && break
        # The first directory receives new inputs: the work corpus, never the seeds.
        "$PYTHON" fuzz/targets.py "$t" \
            -max_total_time="$left" -timeout=10 -rss_limit_mb=3072 -max_len=8192 \
            -print_final_stats=1 -artifact_prefix="fuzz/crashes/$t/" \
            "fuzz/work/$t" "fuzz/corpus/$t" >>"$log" 2>&1
        rc=$?
        echo "== $t: exit $rc after $(( $(date +%s) - start )) s" >>"$log"
        [ "$rc" -eq 0 ] && break
        restarts=$(( restarts + 1 ))
        [ "$restarts" -gt "$MAX_RESTARTS" ] && break
    done
    # Seconds spent fuzzing, start-up excluded: inputs / inputs per second, per run.
    fuzzed=$(awk '/^stat::number_of_executed_units:/ {n = $2; r += n}
                  /^stat::average_exec_per_sec:/ {if ($2 > 0) s += n / $2}
                  END {printf "%d s fuzzing, %d inputs", s, r}' "$log")
    echo "$t: $(( $(date +%s) - start )) s wall, $fuzzed, $(ls "fuzz/crashes/$t" | wc -l) findings so far"
done
