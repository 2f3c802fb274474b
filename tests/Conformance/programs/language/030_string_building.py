# Formatting tables with format specs, str methods and f-string nesting.
rows = [("apples", 3, 0.5), ("bananas", 12, 0.25), ("cherries", 100, 0.1), ("kiwi", 7, 1.125)]
header = f"{'item':<10}|{'qty':>5}|{'price':>8}|{'total':>9}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<10}|{qty:>5d}|{price:>8.3f}|{total:>9.2f}")
print("=" * len(header))
print(f"{'sum':<10}|{sum(q for _, q, _ in rows):>5}|{'':>8}|{grand:>9.2f}")
print(f"{grand:=^{len(header)}.1f}")
for width in (4, 8, 12):
    print(f"[{'x':{width}}] [{'x':>{width}}] [{42:^{width}d}]")
print("%-6s|%5.1f|%03d" % ("pct", 2.25, 7), "{0}-{1}-{0}".format("a", "b"), "{:>6}".format("r"))
print("{name} is {age:d}".format(name="Ada", age=36), "{0[1]} {1[k]}".format([1, 2], {"k": "v"}))
words = "the quick brown fox".split()
print(" ".join(w.capitalize() for w in words), "-".join(reversed(words)), words[2].center(11, "*"))
print("a,b,,c".split(","), "  trim  ".strip(), "x".zfill(4), "Title case".title(), "ABC".lower())
