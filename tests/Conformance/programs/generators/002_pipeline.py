# A pipeline of generators: each stage pulls from the one before it, lazily.
log = []

def source(lines):
    for number, line in enumerate(lines, 1):
        log.append("read %d" % number)
        yield number, line

def strip_comments(rows):
    for number, line in rows:
        cut = line.find("#")
        if cut >= 0:
            line = line[:cut]
        line = line.strip()
        if line:
            yield number, line

def split_fields(rows):
    for number, line in rows:
        yield number, line.split(",")

def to_records(rows):
    for number, fields in rows:
        if len(fields) != 3:
            log.append("bad line %d" % number)
            continue
        name, qty, price = fields
        yield {"line": number, "name": name.strip(), "qty": int(qty), "price": float(price)}

def priced(records):
    for r in records:
        r["total"] = r["qty"] * r["price"]
        yield r

data = [
    "# inventory",
    "apple, 3, 0.5",
    "pear, 2, 0.75   # discounted",
    "",
    "broken line",
    "melon, 1, 2.5",
    "kiwi, 12, 0.2",
]

pipeline = priced(to_records(split_fields(strip_comments(source(data)))))
print("nothing read yet:", log)
first = next(pipeline)
print("first record:", first["name"], first["total"])
print("log after one:", log)
for record in pipeline:
    print("%-6s line %d qty %2d total %5.2f" % (record["name"], record["line"], record["qty"], record["total"]))
print("log:", log)

def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total

def take_while_below(values, limit):
    for v in values:
        if v >= limit:
            return
        yield v

print(list(running_total(range(1, 11))))
print(list(take_while_below(running_total(range(1, 100)), 50)))

stages = [lambda it: (x * 2 for x in it), lambda it: (x + 1 for x in it), lambda it: (x for x in it if x % 3)]
stream = range(10)
for stage in stages:
    stream = stage(stream)
print(list(stream))

words = "the quick brown fox jumps over the lazy dog the end".split()
lengths = (len(w) for w in words)
long_ones = (n for n in lengths if n > 3)
print(sum(long_ones), list(long_ones))
