# A recursive pretty printer and serializer for nested dicts/lists (JSON-like), with a parser round trip.
def dumps(obj, indent=2, level=0):
    pad = " " * (indent * level)
    inner = " " * (indent * (level + 1))
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [f'{inner}{dumps(str(k))}: {dumps(v, indent, level + 1)}' for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        if all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in obj):
            return "[" + ", ".join(dumps(x) for x in obj) + "]"
        return "[\n" + ",\n".join(inner + dumps(x, indent, level + 1) for x in obj) + "\n" + pad + "]"
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, str):
        escaped = obj.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
        return '"' + escaped + '"'
    if isinstance(obj, float):
        return repr(obj)
    if isinstance(obj, int):
        return str(obj)
    raise TypeError(f"Object of type {type(obj).__name__} is not serializable")

class Parser:
    def __init__(self, text):
        self.s = text
        self.i = 0
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \n\t\r":
            self.i += 1
    def parse(self):
        self.ws()
        value = self.value()
        self.ws()
        if self.i != len(self.s):
            raise ValueError(f"extra data at {self.i}")
        return value
    def value(self):
        self.ws()
        ch = self.s[self.i]
        if ch == "{":
            self.i += 1
            out = {}
            self.ws()
            if self.s[self.i] == "}":
                self.i += 1
                return out
            while True:
                self.ws()
                key = self.string()
                self.ws()
                self.expect(":")
                out[key] = self.value()
                self.ws()
                if self.s[self.i] == "}":
                    self.i += 1
                    return out
                self.expect(",")
        if ch == "[":
            self.i += 1
            out = []
            self.ws()
            if self.s[self.i] == "]":
                self.i += 1
                return out
            while True:
                out.append(self.value())
                self.ws()
                if self.s[self.i] == "]":
                    self.i += 1
                    return out
                self.expect(",")
        if ch == '"':
            return self.string()
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.s) and self.s[j] in "+-0123456789.eE":
            j += 1
        if j == self.i:
            raise ValueError(f"unexpected {ch!r} at {self.i}")
        text, self.i = self.s[self.i:j], j
        return float(text) if any(c in text for c in ".eE") else int(text)
    def string(self):
        self.expect('"')
        out = []
        while self.s[self.i] != '"':
            ch = self.s[self.i]
            if ch == "\\":
                self.i += 1
                ch = {"n": "\n", "t": "\t"}.get(self.s[self.i], self.s[self.i])
            out.append(ch)
            self.i += 1
        self.i += 1
        return "".join(out)
    def expect(self, ch):
        if self.s[self.i] != ch:
            raise ValueError(f"expected {ch!r} at {self.i}, found {self.s[self.i]!r}")
        self.i += 1

doc = {"name": "gilgen", "version": [0, 7, 1], "stable": False, "license": None,
       "authors": [{"name": "Ann \"A\" Lee", "commits": 120}, {"name": "Bo\tKim", "commits": 87}],
       "ratio": 0.125, "tags": ["compiler", "python"], "empty": {}, "nothing": [], "big": 2 ** 70}
text = dumps(doc)
print(text)
back = Parser(text).parse()
print(back == doc, back["authors"][0]["name"], repr(back["authors"][1]["name"]), back["big"] == 2 ** 70)
print(dumps([1, [2, [3, [4]]]], indent=1))
for bad in ['{"a": 1,}', "[1 2]", '{"a" 1}', "tru", "[1] x"]:
    try:
        print(Parser(bad).parse())
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
