# json decoding hooks: object_hook, object_pairs_hook (taking priority), parse_float, parse_int,
# parse_constant, a JSONDecoder subclass passed as cls, load from a file object, and scanstring.
import json
import io
from collections import OrderedDict
from json.decoder import scanstring

doc = '{"b": 1, "a": {"z": [1.5, 2], "y": null}, "c": [{"k": "v"}]}'

calls = []
def hook(d):
    calls.append(sorted(d))
    return {"<" + k + ">": v for k, v in d.items()}
print(json.loads(doc, object_hook=hook))
print(calls)

def pairs(items):
    return ("pairs", items)
print(json.loads(doc, object_pairs_hook=pairs))
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads('{"x": 1, "x": 2}', object_pairs_hook=list))
print(json.loads(doc, object_pairs_hook=pairs, object_hook=hook) == json.loads(doc, object_pairs_hook=pairs))
print(json.loads('{}', object_hook=lambda d: ("empty", d)), json.loads('{}', object_pairs_hook=tuple))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
def as_point(d):
    if set(d) == {"x", "y"}:
        return Point(d["x"], d["y"])
    return d
print(json.loads('{"points": [{"x": 1, "y": 2}, {"x": 3.5, "y": -4}], "meta": {"n": 2}}', object_hook=as_point))

print(json.loads("[1.5, 2, -0.25, 1e3, 7]", parse_float=lambda s: "F" + s))
print(json.loads("[1.5, 2, -0, 10, 1e3]", parse_int=lambda s: "I" + s))
print(json.loads("[1, 2.0, 3]", parse_int=float))
print(json.loads('{"big": 12345678901234567890.5}', parse_float=str))
print(json.loads("[NaN, Infinity, -Infinity, 1]", parse_constant=lambda c: "const:" + c))
def reject(name):
    raise ValueError("no constants here: " + name)
try:
    json.loads('{"v": Infinity}', parse_constant=reject)
except ValueError as e:
    print(type(e).__name__, e)

class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        kw.setdefault("object_hook", lambda d: {k.upper(): v for k, v in d.items()})
        super().__init__(**kw)
    def decode(self, s):
        return ("decoded", super().decode(s))
print(json.loads('{"a": {"b": 1}}', cls=MyDecoder))
print(json.loads('[1, 2.5]', cls=MyDecoder, parse_float=lambda s: round(float(s))))
dec = json.JSONDecoder(object_pairs_hook=lambda p: dict(reversed(p)), strict=False)
print(dec.decode('{"one": 1, "two": "\ttab"}'), dec.raw_decode('[0] [1]'))
print(dec.strict, dec.object_hook, json.JSONDecoder().parse_float is float, json.JSONDecoder().parse_int is int)

print(json.load(io.StringIO('{"from": "file", "n": [1, 2, 3]}')))
print(json.load(io.StringIO('[1.25]'), parse_float=lambda s: s + "!"))

print(scanstring('"hello" tail', 1), scanstring('x"a\\nb"', 2))
print(scanstring('"tab\tin"', 1, False))
try:
    scanstring('"bad\\q"', 1)
except json.JSONDecodeError as e:
    print(e.msg, e.pos)
