# json.dumps: every JSON type, the separators rule, indent (int, str, 0), sort_keys, key coercion,
# skipkeys, ensure_ascii with non-ASCII and astral characters, float and int formatting, int/float
# subclasses, tuples, default, and the errors (circular, NaN with allow_nan=False, bad keys, objects).
import json

print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(0), json.dumps(-12))
print(json.dumps("hi"), json.dumps([]), json.dumps({}), json.dumps(()), json.dumps([[]]))
print(json.dumps({"a": 1, "b": [1, 2.5, None, True, False, "x"], "c": {"d": {}}}))
print(json.dumps((1, (2, 3), [4, (5,)])))

# floats and ints
for v in [1e16, 0.1, -0.0, 1e-7, 1.5, 100.0, 1e22, 3.141592653589793, 2.0 ** 60, 1 / 3, 5e-324, 1.7976931348623157e308]:
    print(repr(v), json.dumps(v))
print(json.dumps([10 ** 30, -(2 ** 64), 2 ** 63 - 1]))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
print(json.dumps({float("nan"): 1, float("inf"): 2, -0.0: 3, 1e16: 4}))

# separators: the default is (', ', ': '), or (',', ': ') with an indent
data = {"name": "x", "tags": ["a", "b"], "n": {"k": 1}}
print(json.dumps(data))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, separators=(" ,", " = ")))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent="--"))
print(json.dumps(data, indent=1, separators=(", ", ":")))
print(json.dumps([1, [2, [3, []]], {}], indent=3))
print(repr(json.dumps({"a": [1]}, indent=-1)))

# sort_keys
mixed = {"b": 1, "a": {"z": 0, "y": [3, {"q": 1, "p": 2}]}, "c": None}
print(json.dumps(mixed, sort_keys=True))
print(json.dumps(mixed, sort_keys=True, indent=2))
print(json.dumps({3: "x", 1: "y", 2: "z"}, sort_keys=True))
try:
    json.dumps({"a": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print(type(e).__name__, e)

# key coercion: str, int, float, True/False/None keys
print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n", "s": "str"}))
print(json.dumps({10 ** 20: 1, -3: 2, 1e16: 3, 0.1: 4}))
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps({"ok": 1, frozenset(): 2}, indent=2)
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({(1, 2): "skipped", "kept": 1, object(): 2}, skipkeys=True))
print(json.dumps({(1, 2): "skipped"}, skipkeys=True))

# strings: escaping with and without ensure_ascii
s = 'quote" back\\ slash/ \n\r\t\b\f \x00\x01\x1f \x7f é ü ß € 中文 😀 𝄞'
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({"clé": "välue", "😀": ["𝄞"]}))
print(json.dumps({"clé": "välue", "😀": ["𝄞"]}, ensure_ascii=False))
print(json.dumps("\u2028\u2029\ufeff"), json.dumps("\u2028", ensure_ascii=False) == '"\u2028"')

# int and float subclasses are written as numbers, whatever their repr
class Count(int):
    def __repr__(self):
        return "Count(%d)" % int(self)
class Money(float):
    def __repr__(self):
        return "Money!"
class Name(str):
    pass
print(json.dumps([Count(3), Money(2.5), Name("n")]))
print(json.dumps({Count(4): Money(0.5), Name("k"): Count(1), Money(1.25): 0}))
print(json.dumps([Count(3), Money(2.5)], indent=1))

# allow_nan=False
for bad in [float("nan"), float("inf"), [1, float("-inf")], {"x": float("nan")}, {float("inf"): 1}]:
    try:
        json.dumps(bad, allow_nan=False)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    json.dumps([float("nan")], allow_nan=False, indent=2)
except ValueError as e:
    print(type(e).__name__, e)

# circular references
lst = [1, 2]
lst.append(lst)
try:
    json.dumps(lst)
except ValueError as e:
    print(type(e).__name__, e)
d = {"k": []}
d["k"].append(d)
try:
    json.dumps(d, indent=2)
except ValueError as e:
    print(type(e).__name__, e)
shared = [1]
print(json.dumps([shared, shared, {"a": shared}]))

# objects that are not serializable, and default
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
for bad in [Point(1, 2), {1, 2}, b"bytes", 1 + 2j, [object()], {"p": Point(0, 0)}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(json.dumps([Point(1, 2), {3, 1, 2}], default=lambda o: sorted(o) if isinstance(o, set) else vars(o)))
print(json.dumps({"p": Point(3, 4)}, default=lambda o: [o.x, o.y], indent=1))
def selfish(o):
    return o
try:
    json.dumps(Point(0, 0), default=selfish)
except ValueError as e:
    print(type(e).__name__, e)
