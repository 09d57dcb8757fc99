#!/usr/bin/env bash
# Builds one libFuzzer target (release, -sanitize=fuzzer,address) and runs it for a given
# time, with seeds drawn from the repository's conformance cases and examples.
#   Fuzz/run.sh TARGET [SECONDS] [libFuzzer options...]
#   Fuzz/run.sh list
# Findings (crash-*, leak-*, timeout-*, oom-*) land in Fuzz/.build/findings/TARGET/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
targets="FuzzJSON FuzzTrigger FuzzMapping FuzzLiquid FuzzDestination FuzzFilters FuzzRequestRecord FuzzHTTPResponse"
if [ "${1:-list}" = list ]; then echo "$targets"; exit 0; fi
target=$1; seconds=${2:-60}; shift $(( $# >= 2 ? 2 : 1 ))
case " $targets " in *" $target "*) ;; *) echo "unknown target $target (one of: $targets)" >&2; exit 2;; esac
flags=(-c release --package-path "$here" --scratch-path "$here/.build" -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)
[ -n "${FUZZ_SKIP_BUILD:-}" ] || swift build "${flags[@]}" --product "$target" >&2
bin="$(swift build "${flags[@]}" --show-bin-path)/$target"
corpus="$here/.build/corpus/$target"; findings="$here/.build/findings/$target"
mkdir -p "$corpus" "$findings"
python3 "$here/seeds.py" "$target" "$here/.build/seeds/$target"
dict=()
case $target in
  FuzzJSON|FuzzMapping|FuzzDestination|FuzzFilters|FuzzRequestRecord) dict=(-dict="$here/Dictionaries/json.dict");;
  FuzzTrigger) dict=(-dict="$here/Dictionaries/fql.dict");;
  FuzzLiquid) dict=(-dict="$here/Dictionaries/liquid.dict");;
esac
cd "$findings"
export LSAN_OPTIONS="suppressions=$here/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
exec "$bin" "$corpus" "$here/.build/seeds/$target" "${dict[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -max_len=65536 -print_final_stats=1 "$@"
