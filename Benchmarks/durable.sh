#!/usr/bin/env bash
# Durable delivery throughput: the Topsort corpus through `actions run --deliver` to a
# local 204 server, in memory and through a SQLite job store (--state), in the same run;
# then through PostgreSQL with one and with two workers (when PostgreSQL's server
# programs are installed; a throwaway server is started as `nobody` when root).
#   Benchmarks/durable.sh [COUNT]        (default 100000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
count=${1:-100000}
work=$(mktemp -d /tmp/actions-durable-bench.XXXX)
trap 'kill $(jobs -p) 2>/dev/null || true; [ -n "${pgdata:-}" ] && run_pg "$pgbin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
events="$here/.build/events-$count.ndjson"
mkdir -p "$here/.build"
[ -s "$events" ] || python3 "$root/../shared/bench/gen_events.py" --count "$count" --seed 7 > "$events"
swift build -c release --package-path "$root" --product actions >&2
actions="$(swift build -c release --package-path "$root" --show-bin-path)/actions"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$actions" mock-vendor --port "$port" --quiet --duration 3600 >/dev/null 2>&1 &
sleep 1
common=(--destination "$root/Mappings/topsort.json" --settings "$root/Mappings/examples/topsort.settings.json"
        --deliver --redirect "https://api.topsort.com=http://127.0.0.1:$port" --errors /dev/null)
# events/s of a command over the corpus (wall clock)
rate() { local t0 t1; t0=$(date +%s.%N); "$@" "$events" 2>"$work/err" || true; t1=$(date +%s.%N); tail -1 "$work/err" >&2; python3 -c "print(round($count/($t1-$t0)))"; }
echo "# $count events, $(nproc) cores" >&2
mem1=$(rate "$actions" run "${common[@]}")
sql1=$(rate "$actions" run "${common[@]}" --state "$work/a.db")
mem2=$(rate "$actions" run "${common[@]}")
sql2=$(rate "$actions" run "${common[@]}" --state "$work/b.db")
python3 - "$mem1" "$mem2" "$sql1" "$sql2" <<'PY'
import sys
m1, m2, s1, s2 = map(int, sys.argv[1:])
m, s = (m1 + m2) / 2, (s1 + s2) / 2
print(f"in memory        {m1:>8,} {m2:>8,} events/s (mean {m:,.0f})")
print(f"--state SQLite   {s1:>8,} {s2:>8,} events/s (mean {s:,.0f}) = {100*s/m:.0f} % of in memory")
PY
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ]; then echo "SKIP PostgreSQL: server programs not installed" >&2; exit 0; fi
run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown nobody "$work"
pgdata="$work/pg"
pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
run_pg "$pgbin/initdb" -D "$pgdata" -U postgres --auth=trust -E UTF8 >/dev/null
run_pg "$pgbin/pg_ctl" -D "$pgdata" -l "$work/pg.log" -w -o "-p $pgport -k $work -c listen_addresses=127.0.0.1" start >/dev/null
for workers in 1 2; do
  db="w$workers"
  "$pgbin/psql" -h 127.0.0.1 -p "$pgport" -U postgres -q -c "CREATE DATABASE $db"
  url="postgres://postgres@127.0.0.1:$pgport/$db?sslmode=disable"
  t0=$(date +%s.%N)
  "$actions" run "${common[@]}" --state "$url" --enqueue-only "$events" 2>"$work/err" || true  # the corpus holds events with errors: status 1
  t1=$(date +%s.%N)
  pids=()
  for _ in $(seq "$workers"); do
    "$actions" worker --state "$url" --settings "$root/Mappings/examples/topsort.settings.json" \
      --redirect "https://api.topsort.com=http://127.0.0.1:$port" --exit-when-idle --dead-letters /dev/null 2>>"$work/werr" & pids+=($!)
  done
  wait "${pids[@]}" || true
  t2=$(date +%s.%N)
  python3 -c "c=$count; print(f'PostgreSQL, {$workers} worker(s): enqueue {round(c/($t1-$t0)):>8,} events/s, deliver {round(c/($t2-$t1)):>8,} events/s, end to end {round(c/($t2-$t0)):>8,} events/s')"
done
