# str subclasses as enum-like constants: class attributes, lookup tables, formatting, sorting, membership.

class Color(str):
    _members = {}

    def __new__(cls, name, hexcode):
        obj = super().__new__(cls, name)
        obj.hex = hexcode
        cls._members[name] = obj
        return obj

    @classmethod
    def of(cls, name):
        try:
            return cls._members[name.lower()]
        except KeyError:
            raise ValueError(f"{name!r} is not a Color") from None

    def __repr__(self):
        return f"<Color.{self.upper()}: {self.hex}>"


RED = Color("red", "#ff0000")
GREEN = Color("green", "#00ff00")
BLUE = Color("blue", "#0000ff")

print(RED, repr(RED), RED.hex, RED == "red", "red" == RED, RED is Color.of("RED"))
print(sorted(Color._members.values()), [repr(c) for c in (GREEN, BLUE)])
print(f"{RED:>6}|{GREEN:<6}|{BLUE:^8}|", "%s-%s" % (RED, BLUE), "{0}/{0!r}".format(GREEN))
print(RED + "dish", type(RED + "dish").__name__, RED.title(), RED.replace("r", "b"), RED.encode())
palette = {RED: 1, "green": 2}
print(palette["red"], palette[GREEN], "blue" in Color._members, Color.of("Blue").hex)
try:
    Color.of("mauve")
except ValueError as e:
    print("ValueError:", e, e.__cause__, e.__suppress_context__)
print(",".join(Color._members.values()), len(RED), RED[0], RED[::-1], RED * 2, list(GREEN)[:2])
print(isinstance(RED, str), issubclass(Color, str), type(str(RED)).__name__, str(RED) == RED, hash(RED) == hash("red"))
counts = {}
for word in "red green red blue red green".split():
    c = Color.of(word)
    counts[c] = counts.get(c, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda c: c.hex))


class Token(str):
    __slots__ = ("kind",)

    def __new__(cls, text, kind):
        t = super().__new__(cls, text)
        t.kind = kind
        return t


def tokenize(src):
    out = []
    for part in src.replace("(", " ( ").replace(")", " ) ").split():
        kind = "num" if part.isdigit() else "paren" if part in "()" else "name"
        out.append(Token(part, kind))
    return out


toks = tokenize("(add 12 (mul x 3))")
print(toks, [t.kind for t in toks], " ".join(toks), [t for t in toks if t.kind == "num"])
try:
    toks[0].extra = 1
except AttributeError as e:
    print("AttributeError:", e)
