#!/usr/bin/env bash
# Runs the benchmarks on a deterministic event stream, with orjson measured in the same run.
#   Benchmarks/run.sh [COUNT] [WHAT]     (defaults: 100000 all)
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
bindir="$(swift build -c release --package-path "$here" --show-bin-path)"
echo "# $(wc -l < "$events") events, $(du -h "$events" | cut -f1), $(uname -m), $(nproc) cores" >&2
python3 "$here/orjson_roundtrip.py" "$events" --repeat 3
"$bindir/JSONBench" "$events" --repeat 3
[ "$what" = json ] || "$bindir/ActionsBench" "$what" "$events" "$root" --repeat 3
