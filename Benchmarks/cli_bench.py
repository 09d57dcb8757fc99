#!/usr/bin/env python3
"""The whole `actions run` command (reading the file, writing requests and errors to
/dev/null) with --jobs 1 and --jobs N, alternated in the same run; best of N each, as
JSON lines like the other benchmarks. With --memory, also the peak resident set of a run
over a ~1 GB input made by concatenating the event file.

    python3 cli_bench.py ACTIONS EVENTS ROOT [--repeat 3] [--jobs 2] [--memory]
"""
import json
import os
import re
import subprocess
import sys
import time


def run(actions, root, events, jobs):
    args = [actions, "run", "--destination", f"{root}/Mappings/topsort.json",
            "--settings", f"{root}/Mappings/examples/topsort.settings.json", "--jobs", str(jobs), events]
    t0 = time.perf_counter()
    with open(os.devnull, "wb") as null:
        done = subprocess.run(args, stdout=null, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - t0
    summary = done.stderr.decode().strip().splitlines()[-1]
    return seconds, summary


def main():
    actions, events, root = sys.argv[1:4]
    opt = lambda name, default: sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default
    repeats = int(opt("--repeat", 3))
    jobs = int(opt("--jobs", 2))
    count = sum(1 for _ in open(events, "rb"))
    size = os.path.getsize(events)
    best = {1: float("inf"), jobs: float("inf")}
    summaries = {}
    for _ in range(repeats):
        for j in (1, jobs):
            seconds, summary = run(actions, root, events, j)
            best[j] = min(best[j], seconds)
            summaries[j] = summary
    if summaries[1] != summaries[jobs]:
        sys.exit(f"different summaries: {summaries}")
    for j in (1, jobs):
        print(json.dumps({"bench": f"cli_run_jobs{j}", "seconds": best[j], "items": count,
                          "per_second": int(count / best[j]), "mb_per_second": size / best[j] / 1e6,
                          "summary": summaries[j]}))
    print(json.dumps({"bench": f"cli_speedup_jobs{jobs}", "ratio": best[1] / best[jobs]}))
    if "--memory" in sys.argv:
        big = events + ".1gb"
        if not os.path.exists(big):
            with open(big, "wb") as out, open(events, "rb") as src:
                data = src.read()
                for _ in range(max(1, (1 << 30) // len(data))):
                    out.write(data)
        for j in (1, jobs):
            args = ["/usr/bin/time", "-v", actions, "run", "--destination", f"{root}/Mappings/topsort.json",
                    "--settings", f"{root}/Mappings/examples/topsort.settings.json", "--jobs", str(j), big]
            with open(os.devnull, "wb") as null:
                done = subprocess.run(args, stdout=null, stderr=subprocess.PIPE)
            text = done.stderr.decode()
            rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
            wall = re.search(r"Elapsed \(wall clock\) time.*: (.*)", text).group(1)
            print(json.dumps({"bench": f"cli_peak_rss_jobs{j}", "input_bytes": os.path.getsize(big),
                              "max_rss_mb": round(rss / 1024, 1), "wall": wall}))


if __name__ == "__main__":
    main()
