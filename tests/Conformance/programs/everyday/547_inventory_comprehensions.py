# Dict and set comprehensions for everyday data transforms: inventories, inversions, grouping, joins.
products = [
    {"sku": "A100", "name": "widget", "price": 2.50, "qty": 120, "tags": ["metal", "small"]},
    {"sku": "B200", "name": "gadget", "price": 12.00, "qty": 0, "tags": ["plastic"]},
    {"sku": "C300", "name": "doohickey", "price": 7.25, "qty": 15, "tags": ["metal", "large"]},
    {"sku": "D400", "name": "gizmo", "price": 99.99, "qty": 3, "tags": ["electronic", "small"]},
    {"sku": "E500", "name": "thingamabob", "price": 0.99, "qty": 1000, "tags": []},
]
by_sku = {p["sku"]: p for p in products}
prices = {p["name"]: p["price"] for p in products}
in_stock = {p["name"] for p in products if p["qty"] > 0}
value = {p["sku"]: round(p["price"] * p["qty"], 2) for p in products}
print(sorted(by_sku), prices)
print(sorted(in_stock), value, round(sum(value.values()), 2))
name_by_price = {v: k for k, v in prices.items()}
print(sorted(name_by_price.items()))
all_tags = sorted({t for p in products for t in p["tags"]})
tag_index = {t: [p["name"] for p in products if t in p["tags"]] for t in all_tags}
print(all_tags, tag_index)
bands = {"cheap": (0, 5), "mid": (5, 50), "premium": (50, float("inf"))}
banded = {band: sorted(p["name"] for p in products if lo <= p["price"] < hi) for band, (lo, hi) in bands.items()}
print(banded)
restock = {p["sku"]: max(0, 50 - p["qty"]) for p in products if p["qty"] < 50}
print(restock)
orders = [("A100", 10), ("D400", 5), ("C300", 15), ("Z999", 1), ("A100", 5)]
fulfilled, problems = [], []
for sku, n in orders:
    item = by_sku.get(sku)
    if item is None:
        problems.append(f"{sku}: unknown sku")
    elif item["qty"] < n:
        problems.append(f"{sku}: only {item['qty']} of {n}")
    else:
        item["qty"] -= n
        fulfilled.append((sku, n, round(n * item["price"], 2)))
print(fulfilled, problems)
print({p["sku"]: p["qty"] for p in products})
customers = {1: "ann", 2: "bob", 3: "cy"}
purchases = [(1, "A100"), (2, "D400"), (1, "C300"), (3, "A100"), (1, "A100")]
joined = [(customers[c], by_sku[s]["name"]) for c, s in purchases]
print(joined)
per_customer = {name: sorted({item for who, item in joined if who == name}) for name in customers.values()}
print(per_customer)
spent = {customers[c]: round(sum(by_sku[s]["price"] for cc, s in purchases if cc == c), 2) for c in customers}
print(spent, max(spent, key=spent.get))
matrix = {(r, c): r * c for r in range(1, 4) for c in range(1, 4) if r != c}
print(matrix, {k[::-1]: v for k, v in matrix.items()} == matrix)
words = "apple avocado banana blueberry cherry cranberry date".split()
first_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
lengths = {len(w) for w in words}
print(first_letter, sorted(lengths), {w: len(w) for w in words if len(w) > 6})
nested = {k: {i: i * i for i in range(v)} for k, v in {"a": 2, "b": 3}.items()}
print(nested, [(k, sum(d.values())) for k, d in nested.items()])
flags = dict.fromkeys(["x", "y", "z"], False)
flags.update({k: True for k in "xz"})
print(flags, [k for k, v in flags.items() if v], any(flags.values()), all(flags.values()))
