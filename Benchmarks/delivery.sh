#!/usr/bin/env bash
# Delivery throughput against a local server that answers 204 at once (`actions mock-vendor`),
# measured in one run beside `actions run` without delivery, so the ratio is meaningful on a
# noisy machine. Everything stays on 127.0.0.1 and stops by itself.
#   Benchmarks/delivery.sh [COUNT] [UNBATCHED_COUNT]     (defaults: 100000 20000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
count=${1:-100000}
unbatched=${2:-20000}
events="$here/.build/events-$count.ndjson"
mkdir -p "$here/.build"
[ -s "$events" ] || python3 "$root/../shared/bench/gen_events.py" --count "$count" --seed 7 > "$events"
swift build -c release --package-path "$root" --product actions >&2
actions="$(swift build -c release --package-path "$root" --show-bin-path)/actions"
topsort=(--destination "$root/Mappings/topsort.json" --settings "$root/Mappings/examples/topsort.settings.json")
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$tmp"' EXIT

# The mock vendor: a free port, quiet, stops by itself after 15 minutes at the latest.
"$actions" mock-vendor --port 0 --quiet --duration 900 > "$tmp/mock.log" &
for _ in $(seq 50); do grep -q listening "$tmp/mock.log" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/.*listening on //p' "$tmp/mock.log")
redirect=(--redirect "https://api.topsort.com=$url")

now() { python3 -c 'import time; print(time.monotonic())'; }
measure() {  # NAME UNITS COMMAND... : best of 3 wall-clock runs
  local name=$1 units=$2; shift 2
  local best=
  for _ in 1 2 3; do
    local t0 t1; t0=$(now); "$@" > /dev/null 2>> "$tmp/stderr" || true; t1=$(now)  # exit 1: the corpus holds failing events
    best=$(python3 -c "b='$best'; t=$t1-$t0; print(t if not b or t < float(b) else b)")
  done
  python3 -c "import json; print(json.dumps({'bench': '$name', 'seconds': round($best, 3), 'per_second': int($units / $best)}))"
}

# Request records for the unbatched runs (one request each, no batch rule).
"$actions" run "${topsort[@]}" "$events" 2> /dev/null | head -n "$unbatched" \
  | python3 -c 'import sys, json
for l in sys.stdin:
    r = json.loads(l); r.pop("batch", None); print(json.dumps(r))' > "$tmp/requests.ndjson" || true
requests=$(wc -l < "$tmp/requests.ndjson")

{
  measure run_no_delivery "$count" "$actions" run "${topsort[@]}" "$events"
  measure run_deliver_batched "$count" "$actions" run "${topsort[@]}" --deliver "${redirect[@]}" "$events"
  measure deliver_unbatched_c1 "$requests" "$actions" deliver --no-batching --concurrency 1 "${redirect[@]}" "$tmp/requests.ndjson"
  measure deliver_unbatched_c32 "$requests" "$actions" deliver --no-batching --concurrency 32 "${redirect[@]}" "$tmp/requests.ndjson"
  measure run_no_delivery "$count" "$actions" run "${topsort[@]}" "$events"
} | tee "$tmp/results.ndjson"
grep -h "items:" "$tmp/stderr" | sort | uniq -c | sed 's/^/# /' >&2
python3 - "$tmp/results.ndjson" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
base = [r["per_second"] for r in rows if r["bench"] == "run_no_delivery"]
mean = sum(base) / len(base)
print(f"\n{'benchmark':28} {'per second':>12} {'vs run without delivery':>24}")
for r in rows:
    if r["bench"] == "run_no_delivery": continue
    share = f"{100 * r['per_second'] / mean:.0f} %" if r["bench"].startswith("run_") else ""
    print(f"{r['bench']:28} {r['per_second']:>12,} {share:>24}")
print(f"{'run_no_delivery (mean of 2)':28} {int(mean):>12,}")
PY
