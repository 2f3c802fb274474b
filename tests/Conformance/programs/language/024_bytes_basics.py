# bytes literals: repr, indexing, slicing, iteration, comparison, concatenation.
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], list(b))
print(b"", b"\x00\x01\xff", b"tab\tnew\nline", b"quote'", b'both\'"', b"\\")
print(b + b" world", b * 3, b"ab" * 0, bytes(3), bytes([65, 66, 67]), bytes(range(5)))
print(b == b"hello", b != b"help", b < b"help", b"abc" < b"abd", b"" < b"a")
print(b"ell" in b, 104 in b, 120 in b, b"" in b)
print(sorted([b"pear", b"apple", b"fig"]), max(b"xyz"), sum(b"abc"))
print(b.hex(), bytes.hex(b"\x00\xab"), b"AbC".upper(), b"AbC".lower())
print(b.startswith(b"he"), b.endswith((b"x", b"lo")), b.find(b"l"), b.find(b"z"), b.count(b"l"))
print(b"a,b,,c".split(b","), b"  spaced  out ".split(), b"-".join([b"x", b"y", b"z"]))
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"hello".replace(b"l", b"L"))
print(b"123".isdigit(), b"abc".isalpha(), b"12a".isdigit(), b"".isdigit())
print(type(b).__name__, isinstance(b, bytes), bytes(b) is b)
print({b"k": 1}[b"k"], hash(b"abc") == hash(b"abc"))
for i, byte in enumerate(b"AZ"):
    print(i, byte, chr(byte))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b[10]
except IndexError as e:
    print("IndexError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes("text")
except TypeError as e:
    print("TypeError:", e)
print(bytes("text", "ascii"), bytes(b"copy"), bytes(bytearray(b"ba")))
