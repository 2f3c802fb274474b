# json in an everyday program: settings written with dump and read back with load (a StringIO), JSON lines
# processed record by record, a larger generated document round-tripped, deep nesting both ways, and
# the package's layout (json.decoder, json.encoder, json.scanner, __all__).
import json
import json.decoder
import json.encoder
import json.scanner
import io

settings = {
    "version": 3,
    "user": {"name": "Zoë", "langs": ["fr", "日本語"], "admin": False},
    "limits": {"cpu": 0.75, "memory_mb": 2048, "timeout": None},
    "paths": ["/tmp", "C:\\Users\\zoe"],
}
f = io.StringIO()
json.dump(settings, f, indent=4, ensure_ascii=False)
text = f.getvalue()
print(text)
loaded = json.load(io.StringIO(text))
print(loaded == settings, loaded["user"]["langs"][1], loaded["paths"][1])

lines = """{"event": "login", "user": "ann", "ms": 12}
{"event": "view", "user": "bob", "ms": 30.5}
{"event": "login", "user": "bob", "ms": 7}

{"event": "logout", "user": "ann", "ms": 1e2}
"""
totals = {}
for number, line in enumerate(lines.splitlines(), 1):
    if not line.strip():
        continue
    record = json.loads(line)
    totals.setdefault(record["user"], []).append(record["ms"])
print(json.dumps(totals, sort_keys=True))
print({user: sum(ms) for user, ms in sorted(totals.items())})
try:
    json.loads('{"event": "broken", "ms": }')
except json.JSONDecodeError as e:
    print("skipped bad record:", e.msg, "at", e.pos)

rows = [{"id": i, "name": "item%03d" % i, "price": round(i * 1.1, 2), "tags": ["t%d" % (i % 3)] * (i % 4),
         "active": i % 2 == 0, "ratio": i / 7} for i in range(300)]
blob = json.dumps(rows)
print(len(blob), blob[:120])
back = json.loads(blob)
print(back == rows, back[299], sum(r["price"] for r in back))
pretty = json.dumps(rows[:2], indent=2, sort_keys=True)
print(pretty)
print(json.loads(pretty) == rows[:2])

deep = []
cur = deep
for _ in range(60):
    nxt = [len(cur)]
    cur.append(nxt)
    cur = nxt
text = json.dumps(deep)
print(len(text), text[:30], text[-30:])
print(json.loads(text) == deep)
nested = json.loads('{"a":' * 40 + '"bottom"' + '}' * 40)
depth = 0
while isinstance(nested, dict):
    nested = nested["a"]
    depth += 1
print(depth, nested)

print(sorted(json.__all__))
print(json.decoder.JSONDecoder is json.JSONDecoder, json.encoder.JSONEncoder is json.JSONEncoder)
print(callable(json.scanner.make_scanner), json.scanner.make_scanner(json.JSONDecoder())('[1, "x"] rest', 0))
try:
    json.scanner.make_scanner(json.JSONDecoder())("   ", 1)
except StopIteration as e:
    print("StopIteration", e.value)
