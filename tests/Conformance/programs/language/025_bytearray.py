# bytearray: a mutable sequence of bytes.
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[1:4], type(ba[1:4]).__name__)
ba[0] = ord("J")
print(ba)
ba.append(33)
ba.extend(b" ok")
ba.extend([46, 46])
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 72)
ba.insert(-1, 95)
print(ba)
ba[1:3] = b"EE"
print(ba)
ba[::2] = b"_" * len(ba[::2])
print(ba)
del ba[0]
del ba[-2:]
print(ba)
ba.reverse()
print(ba)
copy = ba.copy()
copy.clear()
print(copy, ba, len(copy))
print(bytearray(), bytearray(4), bytearray([1, 2, 3]), bytearray("é", "utf-8"), bytearray(b"x") * 3)
buf = bytearray()
for word in (b"alpha", b"beta", b"gamma"):
    buf += word + b";"
print(buf, buf.split(b";"), buf.count(b"a"), buf.find(b"beta"))
print(buf.upper(), bytes(buf[:5]), buf.decode(), buf == b"alpha;beta;gamma;", b"beta" in buf)
print(bytearray(b"abc") == bytearray(b"abc"), bytearray(b"abc") < b"abd", list(bytearray(b"AB")))
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    ba.append("x")
except TypeError as e:
    print("TypeError:", e)
try:
    hash(ba)
except TypeError as e:
    print("TypeError:", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError:", e)
counts = bytearray(5)
for value in [0, 1, 1, 4, 4, 4]:
    counts[value] += 1
print(list(counts))
