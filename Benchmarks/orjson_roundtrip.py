#!/usr/bin/env python3
"""orjson's parse+serialize of the same NDJSON file, best of N, as one JSON line.

    python3 orjson_roundtrip.py events.ndjson [--repeat 3]
"""
import json
import sys
import time

import orjson


def main():
    path = sys.argv[1]
    repeats = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 3
    with open(path, "rb") as f:
        lines = f.read().split(b"\n")
    lines = [l for l in lines if l]
    total = sum(len(l) + 1 for l in lines)
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        n = 0
        for line in lines:
            out = orjson.dumps(orjson.loads(line))
            n += len(out) + 1
        best = min(best, time.perf_counter() - t0)
    print(json.dumps({"bench": "orjson_roundtrip", "seconds": best, "items": len(lines),
                      "per_second": int(len(lines) / best), "mb_per_second": total / best / 1e6}))


if __name__ == "__main__":
    main()
