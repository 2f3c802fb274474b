# str subclasses: __new__ with extra arguments, methods, attributes, and where they act as plain str.

class Tag(str):
    def __new__(cls, name, attrs=None):
        text = "<" + name + "".join(f' {k}="{v}"' for k, v in sorted((attrs or {}).items())) + ">"
        obj = super().__new__(cls, text)
        obj.name = name
        return obj

    def close(self):
        return "</" + self.name + ">"

    def wrap(self, inner):
        return self + inner + self.close()


t = Tag("a", {"href": "x.html", "class": "link"})
print(t, len(t), t.name, t.close())
print(t.wrap("click"), type(t.wrap("click")).__name__)
print(repr(t), str(t), f"[{t}]", "%s|%r" % (t, t), "{}".format(t))
print(t.upper(), t.startswith("<a"), t.split(" ")[0], t.count('"'), t.find("href"))
print(isinstance(t, str), type(t).__name__, type(str(t)).__name__)
print(t == '<a class="link" href="x.html">', hash(t) == hash(str(t)))
index = {t: 1, "b": 2}
print(index['<a class="link" href="x.html">'], sorted(index.values()))
print(sorted([Tag("p"), Tag("b"), "<i>"]), max(Tag("x"), Tag("y")))
print(t[1], t[1:5], list(Tag("hr"))[:3], "".join(reversed(Tag("ol"))))
print(Tag("br") + "!", "!" + Tag("br"), Tag("br") * 2, ",".join([Tag("x"), Tag("y")]))


class Word(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.lower())

    def __str__(self):
        return "Word(" + self.lower() + ")"


w = Word("Hello")
print(w == "HELLO", w == "help", w != "hello", "hello" == w)
print(str(w), repr(w), f"{w}", len(w), w.upper())
seen = {w}
print(Word("HELLO") in seen, Word("bye") in seen)
print(print is not None, [w])


class Path(str):
    sep = "/"

    def __truediv__(self, other):
        return Path(self.rstrip(self.sep) + self.sep + str(other).lstrip(self.sep))

    @property
    def parts(self):
        return [p for p in self.split(self.sep) if p]

    @property
    def parent(self):
        return Path(self.sep.join(self.split(self.sep)[:-1]) or self.sep)


p = Path("/usr") / "local" / "bin/"
print(p, p.parts, p.parent, p.parent.parent, type(p.parent).__name__)
print(p.endswith("bin/"), p.replace("usr", "opt"), type(p.replace("usr", "opt")).__name__)
