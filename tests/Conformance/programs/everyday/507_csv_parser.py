# Text parsing: a CSV-ish parser with quoting, then aggregation of the records.
DATA = '''id,name,city,amount,tags
1,"Smith, John",Boston,120.50,"a;b"
2,Jane Doe,"New York",75,
3,"O""Brien",Boston,300.25,c
4,  Li Wei ,Chicago,12.75,"a;c;d"
5,"Multi
Line",Chicago,0,b
6,Ana,New York,99.99,a'''

def parse_csv(text, sep=","):
    rows, row, field = [], [], []
    in_quotes = False
    i = 0
    while i < len(text):
        c = text[i]
        if in_quotes:
            if c == '"':
                if i + 1 < len(text) and text[i + 1] == '"':
                    field.append('"')
                    i += 1
                else:
                    in_quotes = False
            else:
                field.append(c)
        elif c == '"':
            in_quotes = True
        elif c == sep:
            row.append("".join(field))
            field = []
        elif c == "\n":
            row.append("".join(field))
            rows.append(row)
            row, field = [], []
        else:
            field.append(c)
        i += 1
    if field or row:
        row.append("".join(field))
        rows.append(row)
    return rows

rows = parse_csv(DATA)
header, records = rows[0], rows[1:]
print(header)
for r in records:
    print(len(r), r)
dicts = [dict(zip(header, (f.strip() for f in r))) for r in records]
for d in dicts:
    d["amount"] = float(d["amount"])
    d["tags"] = d["tags"].split(";") if d["tags"] else []
    print(d)
by_city = {}
for d in dicts:
    by_city.setdefault(d["city"], []).append(d)
for city in sorted(by_city):
    group = by_city[city]
    total = sum(d["amount"] for d in group)
    print(f"{city:<10} n={len(group)} total={total:9.2f} avg={total / len(group):8.3f} names={[d['name'] for d in group]}")
tag_counts = {}
for d in dicts:
    for t in d["tags"]:
        tag_counts[t] = tag_counts.get(t, 0) + 1
print(sorted(tag_counts.items()))
richest = max(dicts, key=lambda d: d["amount"])
print("max:", richest["name"], richest["amount"])
print("sorted:", [d["id"] for d in sorted(dicts, key=lambda d: (d["city"], -d["amount"]))])

def to_csv(rows):
    def quote(f):
        f = str(f)
        if any(ch in f for ch in ',"\n'):
            return '"' + f.replace('"', '""') + '"'
        return f
    return "\n".join(",".join(quote(f) for f in r) for r in rows)

out = to_csv(rows)
print(out)
print(parse_csv(out) == rows)
print(parse_csv("a;b;;c\n1;2;3;4", ";"), parse_csv(""), parse_csv("x"), parse_csv('"",""'))
