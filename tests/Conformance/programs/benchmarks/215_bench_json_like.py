# JSON-like data in the style of pyperformance's json_dumps/json_loads, done by hand: nested
# dicts and lists of records are built, serialized to text by a recursive writer, parsed back by
# a recursive-descent reader, and walked. The number of records is sys.argv[1]; the default is small.
import sys


def make_record(i):
    return {
        "id": i,
        "name": "user%d" % i,
        "active": i % 3 != 0,
        "score": (i * 37 % 1000) / 8.0,
        "tags": ["t%d" % (i % 5), "g%d" % (i % 7)],
        "address": {"street": "%d Main St" % (i % 100), "zip": "%05d" % (i * 7 % 100000)},
        "history": [i % 10, i % 11, None],
    }


def dumps(value, out):
    if isinstance(value, dict):
        out.append("{")
        first = True
        for key, item in value.items():
            if not first:
                out.append(", ")
            first = False
            out.append('"%s": ' % key)
            dumps(item, out)
        out.append("}")
    elif isinstance(value, list):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(", ")
            dumps(item, out)
        out.append("]")
    elif isinstance(value, str):
        out.append('"' + value + '"')
    elif value is None:
        out.append("null")
    elif value is True or value is False:
        out.append("true" if value else "false")
    else:
        out.append(repr(value))


class Reader:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip(self):
        while self.text[self.pos] in " \n":
            self.pos += 1

    def value(self):
        self.skip()
        c = self.text[self.pos]
        if c == "{":
            self.pos += 1
            result = {}
            self.skip()
            if self.text[self.pos] == "}":
                self.pos += 1
                return result
            while True:
                key = self.value()
                self.skip()
                self.pos += 1  # the colon
                result[key] = self.value()
                self.skip()
                c = self.text[self.pos]
                self.pos += 1
                if c == "}":
                    return result
        if c == "[":
            self.pos += 1
            result = []
            self.skip()
            if self.text[self.pos] == "]":
                self.pos += 1
                return result
            while True:
                result.append(self.value())
                self.skip()
                c = self.text[self.pos]
                self.pos += 1
                if c == "]":
                    return result
        if c == '"':
            end = self.text.index('"', self.pos + 1)
            s = self.text[self.pos + 1:end]
            self.pos = end + 1
            return s
        for word, meaning in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return meaning
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "0123456789.-e":
            self.pos += 1
        number = self.text[start:self.pos]
        return float(number) if "." in number or "e" in number else int(number)


def walk(value, counts):
    kind = type(value).__name__
    counts[kind] = counts.get(kind, 0) + 1
    if isinstance(value, dict):
        for item in value.values():
            walk(item, counts)
    elif isinstance(value, list):
        for item in value:
            walk(item, counts)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
records = [make_record(i) for i in range(n)]
document = {"count": n, "records": records, "meta": {"version": 3, "empty": [], "none": {}}}
out = []
dumps(document, out)
text = "".join(out)
print("records", n, "text length", len(text))
print(text[:150])
parsed = Reader(text).value()
print("round trip equal:", parsed == document)
counts = {}
walk(parsed, counts)
print("kinds:", sorted(counts.items()))
by_tag = {}
for record in parsed["records"]:
    for tag in record["tags"]:
        by_tag.setdefault(tag, []).append(record["id"])
print("tags:", [(tag, len(ids), sum(ids)) for tag, ids in sorted(by_tag.items())])
active = [r for r in parsed["records"] if r["active"]]
print("active:", len(active), "mean score %.4f" % (sum(r["score"] for r in active) / max(len(active), 1)))
zips = sorted({r["address"]["zip"] for r in parsed["records"]})
print("zips:", len(zips), zips[:3], zips[-1:])
