# A tokenizer in the style of a hand-written lexer: a long generated text scanned by position with
# str.find/str.index/str.startswith(prefix, pos) and friends, the way parsers walk a buffer without
# slicing it. Also checks those methods' start/end arguments at the edges.
# The number of generated lines is sys.argv[1]; the default is small.
import sys

KEYWORDS = ("def", "return", "if", "else", "while")
OPERATORS = ("==", "<=", ">=", "+=", "=", "+", "-", "*", "(", ")", ":", ",", "<", ">")


def make_text(lines):
    out = []
    for i in range(lines):
        name = "v%d" % (i % 17)
        if i % 5 == 0:
            out.append("def f%d(%s, y):  # line %d" % (i, name, i))
        elif i % 5 == 1:
            out.append("    %s += y * %d" % (name, i % 9))
        elif i % 5 == 2:
            out.append('    if %s >= %d: return "s%d"' % (name, i, i % 4))
        elif i % 5 == 3:
            out.append("    while %s<=%d: %s = %s - 1" % (name, i, name, name))
        else:
            out.append("    return %s == y  # done" % name)
    return "\n".join(out) + "\n"


def tokenize(text):
    pos = 0
    n = len(text)
    counts = {}
    checksum = 0
    while pos < n:
        c = text[pos]
        if c == " " or c == "\n":
            pos += 1
            continue
        if c == "#":
            end = text.find("\n", pos)
            kind, pos = "comment", (n if end < 0 else end)
        elif c == '"':
            end = text.index('"', pos + 1)
            kind, pos = "string", end + 1
        elif c.isdigit():
            start = pos
            while pos < n and text[pos].isdigit():
                pos += 1
            kind = "number"
            checksum += int(text[start:pos])
        elif c.isalpha():
            start = pos
            while pos < n and (text[pos].isalnum() or text[pos] == "_"):
                pos += 1
            kind = "keyword" if text[start:pos] in KEYWORDS else "name"
        else:
            for op in OPERATORS:
                if text.startswith(op, pos):
                    kind, pos = "op " + op, pos + len(op)
                    break
            else:
                raise ValueError("bad character %r at %d" % (c, pos))
        counts[kind] = counts.get(kind, 0) + 1
    return counts, checksum


s = "abcabcab"
print([s.find("ab", i) for i in range(-9, 10)])
print([s.rfind("ab", 0, j) for j in range(-3, 10)])
print([s.startswith("ca", i) for i in range(-6, 9)], s.startswith(("x", "bc"), 1, 3))
print([s.endswith("ab", 0, j) for j in range(-3, 10)], s.endswith(("ca", "x"), 2, 4))
print(s.find(""), s.find("", 8), s.find("", 9), s.rfind(""), s.rfind("", 2, 5), s.index("c", -3))
print(s.count("ab", 1), s.find("b", 4, 5), s.rindex("a", 0, -1))
try:
    s.index("ab", 7)
except ValueError:
    print("ValueError from index past the last match")

lines = int(sys.argv[1]) if len(sys.argv) > 1 else 40
text = make_text(lines)
print("lines", lines, "characters", len(text))
print(text[:text.find("\n", text.find("\n") + 1)])
counts, checksum = tokenize(text)
for kind in sorted(counts):
    print("  %-10s %d" % (kind, counts[kind]))
print("numbers sum", checksum, "last line starts at", text.rfind("\n", 0, len(text) - 1) + 1)
