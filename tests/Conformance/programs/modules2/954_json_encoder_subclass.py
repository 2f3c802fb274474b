# JSONEncoder: a subclass overriding default (sets, complex numbers, objects, falling back to the base
# class's TypeError), encode and iterencode; cls= with extra keyword arguments, the encoder's attributes,
# iterencode's chunks, dump to a file object, the encode_basestring helpers, and a round trip through
# a JSONDecoder object_hook.
import json
import io
from json.encoder import JSONEncoder, encode_basestring, encode_basestring_ascii

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class Rich(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, complex):
            return {"__complex__": [o.real, o.imag]}
        if isinstance(o, Point):
            return {"__point__": True, "x": o.x, "y": o.y}
        try:
            iterable = iter(o)
        except TypeError:
            pass
        else:
            return list(iterable)
        return super().default(o)

data = {"s": {3, 1, 2}, "c": 1 - 2j, "p": Point(1, 2.5), "g": (i * i for i in range(4)), "r": range(3)}
print(json.dumps(data, cls=Rich))
print(json.dumps([Point(0, 0), frozenset("ab")], cls=Rich, indent=2))
try:
    json.dumps({"ok": [1, object()]}, cls=Rich)
except TypeError as e:
    print(type(e).__name__, e)
print(Rich().encode([Point(-1, 1)]), Rich(sort_keys=True, separators=(",", ":")).encode({"b": {2, 1}, "a": 1j}))

def as_python(d):
    if "__complex__" in d:
        return complex(*d["__complex__"])
    if "__point__" in d:
        return ("Point", d["x"], d["y"])
    return d
text = json.dumps({"z": 3 + 4j, "pts": [Point(1, 2)], "plain": {"k": [1, 2]}}, cls=Rich)
print(text)
print(json.loads(text, object_hook=as_python))

class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()
print(json.dumps({"hello": ["world", None]}, cls=Upper))

class Tagged(json.JSONEncoder):
    def __init__(self, *, tag="T", **kw):
        super().__init__(**kw)
        self.tag = tag
    def iterencode(self, o, _one_shot=False):
        yield "<" + self.tag + ">"
        yield from super().iterencode(o, _one_shot)
print(json.dumps([1, {"a": 2}], cls=Tagged, tag="X", indent=1))
buf = io.StringIO()
json.dump({"k": "v"}, buf, cls=Tagged)
print(buf.getvalue())

enc = JSONEncoder()
print(enc.item_separator, enc.key_separator, enc.indent, enc.sort_keys, enc.skipkeys, enc.ensure_ascii, enc.allow_nan, enc.check_circular)
enc2 = JSONEncoder(indent=4)
print(repr(enc2.item_separator), repr(enc2.key_separator))
enc3 = JSONEncoder(separators=(";", "="), default=lambda o: "<%s>" % type(o).__name__)
print(repr(enc3.item_separator), repr(enc3.key_separator), enc3.encode([Point(1, 1), {"a": 1}]))
print(list(JSONEncoder().iterencode({"a": [1, 2, {"b": None}], "c": "d"})))
print(list(JSONEncoder(indent=1).iterencode([1, [2]])))
print(list(JSONEncoder().iterencode("solo")), list(JSONEncoder().iterencode(2.5)), JSONEncoder().encode("é"))
try:
    JSONEncoder().default(Point(0, 0))
except TypeError as e:
    print(type(e).__name__, e)

out = io.StringIO()
json.dump({"list": [1, 2, 3], "name": "ü", "nested": {"t": (True, False)}}, out)
print(out.getvalue())
out = io.StringIO()
json.dump([{"b": 1, "a": 2}], out, indent=2, sort_keys=True, ensure_ascii=False)
print(out.getvalue())
out = io.StringIO()
try:
    json.dump([1, 2, object()], out)
except TypeError as e:
    print(type(e).__name__, e, repr(out.getvalue()))
out.seek(0)
print(json.load(io.StringIO(json.dumps({"back": [1.5, "x"]}))))

print(encode_basestring('a"b\\c\n\x01é😀'), encode_basestring_ascii('a"b\\c\n\x01é😀'))
for bad in [1, None]:
    try:
        encode_basestring_ascii(bad)
    except TypeError as e:
        print(type(e).__name__, e)
