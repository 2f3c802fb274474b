# io.StringIO as a text file in memory, print(file=...), the string constants and capwords, __future__.
from __future__ import annotations
import io
import string
import __future__

buf = io.StringIO()
print("hello", "world", file=buf)
print(1, 2, 3, sep=", ", end="!\n", file=buf)
buf.write("no newline")
print(repr(buf.getvalue()))
print(buf.tell())
buf.seek(0)
print(repr(buf.readline()), repr(buf.read(4)), repr(buf.read()))
buf.seek(0)
print([line for line in buf])
buf.seek(0)
print(buf.readlines())
print(buf.write("XY"), repr(buf.getvalue()))
buf.seek(6)
buf.write("W")
print(repr(buf.getvalue()))
buf.truncate(5)
print(repr(buf.getvalue()))

src = io.StringIO("line one\nline two\n\nline four")
count = 0
for line in src:
    count += 1
    print(count, repr(line.rstrip("\n")))
with io.StringIO("abc") as f:
    print(f.read(), f.closed)
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)

out = io.StringIO()
out.writelines(["a\n", "b\n"])
print(repr(out.getvalue()))

print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(len(string.printable))
print(string.capwords("hello   wide  world"))
print(string.capwords("a-b-c", "-"))
vowels = [c for c in string.ascii_lowercase if c in "aeiou"]
print(vowels)
caesar = {c: string.ascii_lowercase[(i + 3) % 26] for i, c in enumerate(string.ascii_lowercase)}
print("".join([caesar.get(c, c) for c in "attack at dawn"]))
print(__future__.annotations)
print(__future__.all_feature_names)
