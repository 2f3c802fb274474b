# JSONDecodeError: CPython 3.12's messages and positions for malformed documents (the C scanner's),
# its attributes (msg, doc, pos, lineno, colno), that it is a ValueError, and the TypeErrors of loads.
import json
import json.decoder

print(json.JSONDecodeError is json.decoder.JSONDecodeError, issubclass(json.JSONDecodeError, ValueError))
print(json.JSONDecodeError.__mro__[1:])

cases = [
    "", "   ", "nul", "tru", "[", "[1", "[1,", "[1,]", "[1 2]", "[,1]", "]",
    "{", "{}x", '{"a"', '{"a" 1}', '{"a":', '{"a":1', '{"a":1,}', '{"a":1 "b":2}', "{1: 2}", "{'a': 1}",
    '{"a":1}}', "[1] [2]", "1 2", "01", "1.", "-", "-x", "1e", "1.5e+", ".5", "+1", "0x10", "-Inf", "nan",
    '"abc', '"abc\\', '"a\\x"', '"a\\u12"', '"\\u12x4"', '"\\uZZZZ"', '"\\u1234', '"\\ud83d\\u12"',
    '"\\ud83d\\uzzzz"', '"line\nbreak"', '"tab\there"', '"nul\x00"', '["ok", "bad\x1f"]', "[1]\n\n  x",
    '{\n  "a": 1,\n  "b": [1, 2,\n        3 4]\n}', "\ufeff[1]", "[true, fals]", "[None]", "[undefined]",
]
for text in cases:
    try:
        json.loads(text)
        print(repr(text), "no error")
    except json.JSONDecodeError as e:
        print(repr(text), "->", type(e).__name__, e)

try:
    json.loads('{\n  "name": "x",\n  "list": [1, 2,, 3]\n}')
except ValueError as e:
    print(type(e).__name__, "|", e.msg, "|", e.pos, e.lineno, e.colno, "|", repr(e.doc[:10]))
    print(e.args)
try:
    json.loads("\n\n   @")
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno)

e = json.JSONDecodeError("Custom message", "ab\ncd\nef", 7)
print(e, "|", e.msg, e.pos, e.lineno, e.colno)
print(str(json.JSONDecodeError("At start", "", 0)))

for bad in [None, 12, 1.5, ["[]"], {"a": 1}]:
    try:
        json.loads(bad)
    except TypeError as e:
        print(type(e).__name__, e)

# raw_decode stops at the end of the first document; decode rejects what follows
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'))
print(dec.raw_decode('[1, 2]xyz'), dec.raw_decode('  3', 2), dec.raw_decode('"s"'))
for text, idx in [("", 0), ("   ", 0), ("[1]", 3), ("x", 0)]:
    try:
        dec.raw_decode(text, idx)
    except json.JSONDecodeError as e:
        print(repr(text), idx, e)
try:
    dec.decode('{"a": 1} trailing')
except json.JSONDecodeError as e:
    print(e)
