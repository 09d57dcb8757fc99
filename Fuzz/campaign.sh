#!/usr/bin/env bash
# Runs fuzz targets for the project's bar: at least MIN_EXECS executions and at least
# MIN_SECONDS each (defaults 10 million and 30 minutes), but no longer than MAX_SECONDS
# (default 45 minutes, so that one slow target cannot starve the rest; a target stopped
# there is reported short of the bar), two targets at a time at the lowest CPU priority,
# so builds on the same machine keep their speed.
#   Fuzz/campaign.sh [TARGET...]        (default: every target)
# Each run's libFuzzer log lands in Fuzz/.build/logs/TARGET.N.log; a summary line per
# target is appended to Fuzz/.build/logs/summary.tsv
# (target, runs, seconds, executions, edges, corpus, findings).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
min_execs=${MIN_EXECS:-10000000}; min_seconds=${MIN_SECONDS:-1800}; max_seconds=${MAX_SECONDS:-2700}; parallel=${PARALLEL:-2}
targets=("$@"); [ ${#targets[@]} -gt 0 ] || read -r -a targets <<< "$("$here/run.sh" list)"
flags=(-c release --package-path "$here" --scratch-path "$here/.build" -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)
flock /tmp/swift-build.lock swift build "${flags[@]}" >&2 || exit 1
mkdir -p "$here/.build/logs"

one() {
  local t=$1 execs=0 seconds=0 n=0 log edges corpus
  while { [ "$execs" -lt "$min_execs" ] || [ "$seconds" -lt "$min_seconds" ]; } && [ "$seconds" -lt "$max_seconds" ]; do
    n=$((n + 1)); log="$here/.build/logs/$t.$n.log"
    local left=$((min_seconds - seconds)); [ $left -ge 300 ] || left=300
    local start=$(date +%s)
    FUZZ_SKIP_BUILD=1 nice -n 19 "$here/run.sh" "$t" "$left" > "$log" 2>&1
    local status=$?
    seconds=$((seconds + $(date +%s) - start))
    execs=$((execs + $(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1 | grep . || echo 0)))
    if [ $status -ne 0 ]; then echo "$t: run $n stopped with status $status (see $log)" >&2; break; fi
  done
  edges=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  corpus=$(ls "$here/.build/corpus/$t" | wc -l)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$t" "$n" "$seconds" "$execs" "$edges" "$corpus" \
    "$(ls "$here/.build/findings/$t" | wc -l)" >> "$here/.build/logs/summary.tsv"
}

for t in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$parallel" ]; do wait -n; done
  one "$t" &
done
wait
