"""Writes seed inputs for one fuzz target from the repository's own cases and examples."""
import glob, json, os, sys

target, out = sys.argv[1], sys.argv[2]
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(out, exist_ok=True)
seeds = []

def cases():
    for f in glob.glob(f"{root}/Tests/ConformanceTests/**/*.json", recursive=True) + glob.glob(f"{root}/Mappings/tests/*.json"):
        try:
            for c in json.load(open(f)).get("cases", []):
                yield c
        except Exception:
            pass

def walk(v, key):
    if isinstance(v, dict):
        for k, x in v.items():
            if k == key:
                yield x
            yield from walk(x, key)
    elif isinstance(v, list):
        for x in v:
            yield from walk(x, key)

if target in ("FuzzJSON", "FuzzDestination"):
    for f in glob.glob(f"{root}/Mappings/examples/*.ndjson"):
        seeds += open(f).read().splitlines()
    seeds += [json.dumps(e) for c in cases() for e in walk(c, "event")]
elif target == "FuzzTrigger":
    seeds += [t for c in cases() for k in ("trigger", "subscribe", "source") for t in walk(c, k) if isinstance(t, str)]
elif target == "FuzzMapping":
    seeds += [json.dumps(m) for c in cases() for m in walk(c, "mapping")]
elif target == "FuzzLiquid":
    seeds += [t for c in cases() for t in walk(c, "template") if isinstance(t, str)]
    seeds += [m["@liquid"] for c in cases() for m in walk(c, "mapping") if isinstance(m, dict) and isinstance(m.get("@liquid"), str)]
elif target == "FuzzFilters":
    for c in cases():
        if c.get("kind") == "filter-match" and isinstance(c.get("matcher"), dict):
            seeds.append(json.dumps([{"title": "t", "enabled": True, "if": c["matcher"].get("ir") or "all", "actions": [{"type": "drop"}]}]))
        if c.get("kind") == "filter-transform":
            seeds.append(json.dumps([{"if": "all", "actions": [{"type": "sample", "percent": 0.5, "path": "userId"},
                                                               {"type": "drop_properties", "fields": {"properties": ["email"]}}]}]))
    seeds.append(json.dumps([{"if": "type = \"track\"", "actions": [{"type": "allow_properties", "fields": {"context": ["ip"]}}]}]))
elif target == "FuzzRequestRecord":
    for c in cases():
        for r in c.get("expectRequests", []) or []:
            r = dict(r); r["line"] = 3; r["subscription"] = "s"
            seeds.append(json.dumps(r))
            r["batch"] = {"array": "events", "maxItems": 50}
            r["deadLetter"] = {"reason": "permanent status 400", "status": 400}
            r["headers"] = {"Authorization": "Bearer [secret:api_key]"}
            seeds.append(json.dumps(r))
elif target == "FuzzHTTPResponse":
    seeds += ["1", "120", "Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994",
              "https://api.topsort.com=http://127.0.0.1:9000/x"]

for i, s in enumerate(dict.fromkeys(seeds)):
    with open(os.path.join(out, f"seed-{i:05d}"), "w") as f:
        f.write(s)
print(f"{len(set(seeds))} seeds for {target}", file=sys.stderr)
