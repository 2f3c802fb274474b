# A \ud800-style escape is a str of one lone surrogate, as in CPython: its length, code point, repr, ascii and
# comparisons; encoding it (str.encode, sys.stdout.write, print) is a UnicodeEncodeError naming its position, and
# print writes the pieces before the failing one.
import sys

s = "\ud800"
print(len(s), repr(s), ascii(s), s == chr(0xD800), ord(s), hex(ord("\udfff")))
t = "a\udc00b"
print(repr(t), len(t), t[1] == chr(0xDC00), t.upper() == "A\udc00B", t.split("\udc00"))


def f():
    return "x\udfffy"


print(f() == "x" + chr(0xDFFF) + "y", ascii(f()), repr(f()[1:]))
print("\ud83d\ude00" == chr(0xD83D) + chr(0xDE00))
for text in ("\ud800", "ok \udfff", "é\udc80"):
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as e:
        print("encode:", e)
    print(text.encode("utf-8", "replace"), text.encode("utf-8", "ignore"))
try:
    sys.stdout.write("xy\udc00\n")
except UnicodeEncodeError as e:
    print("write:", e)
try:
    print("before", "\ud800", "after")
except UnicodeEncodeError as e:
    print("| print:", e)
print("end")
