#!/usr/bin/env bash
# Runs the benchmarks on a deterministic event stream, with orjson measured in the same run
# (before and after ours, so a change in machine load shows), then prints a summary table.
#   Benchmarks/run.sh [COUNT] [WHAT]     (defaults: 100000 all; WHAT: json, mapping, trigger, pipeline, cli, memory, all)
# `cli` times the whole `actions run` with --jobs 1 and --jobs $(nproc) (at least 2),
# alternated; `memory` adds the peak RSS on a ~1 GB input.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
count=${1:-100000}
what=${2:-all}
gen="$root/../shared/bench/gen_events.py"
events="$here/.build/events-$count.ndjson"
mkdir -p "$here/.build"
if [ ! -s "$events" ]; then
  python3 "$gen" --count "$count" --seed 7 > "$events"
fi
python3 -c 'import orjson' 2>/dev/null || pip install --quiet orjson
swift build -c release --package-path "$here" --product JSONBench >&2
[ "$what" = json ] || swift build -c release --package-path "$here" --product ActionsBench >&2
case "$what" in all|cli|memory) swift build -c release --package-path "$here" --product actions >&2 ;; esac
bindir="$(swift build -c release --package-path "$here" --show-bin-path)"
echo "# $(wc -l < "$events") events, $(du -h "$events" | cut -f1), $(uname -m), $(nproc) cores" >&2
results="$here/.build/results-$count.ndjson"
jobs=$(( $(nproc) > 2 ? $(nproc) : 2 ))
{
  python3 "$here/orjson_roundtrip.py" "$events" --repeat 3
  "$bindir/JSONBench" "$events" --repeat 3
  case "$what" in
    json) ;;
    cli) python3 "$here/cli_bench.py" "$bindir/actions" "$events" "$root" --repeat 3 --jobs "$jobs" ;;
    memory) python3 "$here/cli_bench.py" "$bindir/actions" "$events" "$root" --repeat 3 --jobs "$jobs" --memory ;;
    *) "$bindir/ActionsBench" "$what" "$events" "$root" --repeat 3
       if [ "$what" = all ]; then python3 "$here/cli_bench.py" "$bindir/actions" "$events" "$root" --repeat 3 --jobs "$jobs"; fi ;;
  esac
  python3 "$here/orjson_roundtrip.py" "$events" --repeat 3
} | tee "$results"
python3 - "$results" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.startswith("{")]
orjson = [r["per_second"] for r in rows if r["bench"] == "orjson_roundtrip"]
base = sum(orjson) / len(orjson)
print(f"\n{'benchmark':32} {'items/s':>12} {'MB/s':>8} {'vs orjson':>10}")
for r in rows:
    if r["bench"] == "orjson_roundtrip":
        continue
    if "per_second" not in r:
        print(f"{r['bench']:32} " + ", ".join(f"{k} {v}" for k, v in r.items() if k != "bench"))
        continue
    mb = f"{r['mb_per_second']:.0f}" if "mb_per_second" in r else ""
    ratio = f"{100 * r['per_second'] / base:.0f} %" if "mb_per_second" in r else ""
    print(f"{r['bench']:32} {r['per_second']:>12,} {mb:>8} {ratio:>10}")
print(f"{'orjson_roundtrip (mean of 2)':32} {int(base):>12,}")
PY
