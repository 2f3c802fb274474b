# json.loads: values of every kind, numbers (ints, floats, exponents, big ints, -0), the NaN/Infinity
# constants, string escapes (\uXXXX and surrogate pairs), whitespace, strict=False, bytes and
# bytearray input, and round trips of nested structures through dumps and loads.
import json

print(json.loads("null"), json.loads("true"), json.loads("false"))
print(json.loads("0"), json.loads("-0"), json.loads("42"), json.loads("-17"))
for text in ["1.5", "-0.0", "1e16", "1E+2", "2e-3", "0.1", "1e-7", "123.456e1", "1e400", "-1e400", "10.0"]:
    v = json.loads(text)
    print(text, type(v).__name__, repr(v))
big = json.loads("123456789012345678901234567890")
print(big, type(big).__name__, big + 1)
print(json.loads("[-12345678901234567890, 9007199254740993]"))
nan = json.loads("NaN")
print(nan != nan, json.loads("Infinity"), json.loads("-Infinity"), json.loads("[NaN, Infinity]")[1])

print(json.loads('"plain"'), json.loads('""'))
print(repr(json.loads(r'"esc: \" \\ \/ \b \f \n \r \t"')))
print(repr(json.loads(r'"\u0041\u00e9\u20AC\u4e2d"')))
print(json.loads(r'"\ud83d\ude00 \uD834\uDD1E"'))
print(json.loads(r'"\ud83d\ude00"') == "😀", json.loads('"😀 raw é"') == "😀 raw é")
print(repr(json.loads(r'"\u0000\u001f"')))

print(json.loads("[]"), json.loads("{}"), json.loads("[[], {}, [[]]]"))
print(json.loads('{"a": 1, "b": [true, false, null], "c": {"d": "e"}}'))
print(json.loads('{"dup": 1, "dup": 2, "x": 0}'))
print(json.loads(' \t\n\r [ 1 , 2 ,\n 3 ] \n '))
print(json.loads('{ "k" :\t"v" ,"k2":[ ] }'))
print(json.loads('{"a":1,"b":2}'), json.loads('[1,2,3]'))

# strict=False lets control characters into strings
print(repr(json.loads('"tab\there\nnewline"', strict=False)))
print(repr(json.loads('{"k\x01": "\x00"}', strict=False)))

# bytes and bytearray are decoded (UTF-8, with or without its BOM)
print(json.loads(b'{"bytes": [1, 2]}'))
print(json.loads(bytearray(b'["array", 3.5]')))
print(json.loads('{"s": "caf\u00e9"}'.encode("utf-8")))
print(json.loads(b'\xef\xbb\xbf[1, "bom"]'))

# round trips
doc = {
    "id": 7,
    "name": "Gr\u00fc\u00dfe \u4e16\u754c \U0001F600",
    "ratio": 0.1,
    "tiny": 1e-7,
    "huge": 1e16,
    "neg_zero": -0.0,
    "big": 2 ** 70,
    "flags": [True, False, None],
    "nested": {"list": [1, [2, [3, [4]]]], "empty": {}, "blank": []},
    "escapes": "a\"b\\c\nd\te\x00",
}
for kwargs in [{}, {"indent": 2}, {"ensure_ascii": False}, {"sort_keys": True, "separators": (",", ":")}]:
    text = json.dumps(doc, **kwargs)
    back = json.loads(text)
    print(back == doc, list(back) == list(doc) if not kwargs.get("sort_keys") else sorted(back) == list(back))
print(json.loads(json.dumps(doc))["name"] == doc["name"], json.loads(json.dumps(doc))["big"])
print(json.loads(json.dumps((1, (2, 3)))))
print(json.loads(json.dumps({1: 2, 2.5: 3, None: 4, True: 5})))
