# str(bytes, encoding, errors): str() decodes bytes and bytearray when given an encoding or errors.
data = b"caf\xc3\xa9"
print(str(data, "utf-8"), len(str(data, "utf-8")))
print(str(b"x", "ascii"), type(str(b"x", "ascii")).__name__)
print(str(bytearray(b"hello"), "ascii"))
print(str(data, "ascii", "replace"))
print(str(data, "ascii", "ignore"))
print(str(data, encoding="latin-1"))
print(str(data, errors="replace"))
print(str(object=b"abc"))
print(str(object=b"abc", encoding="ascii"))
print(str(b"abc", errors="strict"))
print(str(data))
print(str(bytearray(b"z")))
import array
print(str(array.array("b", b"arr"), "ascii"))
print(repr(str()))
print(str(encoding="utf-8"), str(errors="strict") == "")

class S(str):
    pass

s = S(b"sub", "ascii")
print(type(s).__name__, s)

for args, kw in [((b"\xff", "ascii"), {}), (("text", "utf-8"), {}), ((5, "ascii"), {}),
                 ((b"x", "no-such-codec"), {}), ((b"x", 5), {}), ((b"x", "ascii", 5), {}), ((b"x",), {"object": b"y"}), ((b"x", "ascii", "strict", 1), {}),
                 ((), {"bogus": 1})]:
    try:
        print(repr(str(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
