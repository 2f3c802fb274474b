# Sorting with key functions built from lambdas and closures.
records = [
    {"name": "delta", "size": 4, "tags": ["x"]},
    {"name": "alpha", "size": 10, "tags": []},
    {"name": "charlie", "size": 4, "tags": ["y", "z"]},
    {"name": "bravo", "size": 7, "tags": ["x", "y"]},
]
print([r["name"] for r in sorted(records, key=lambda r: r["name"])])
print([r["name"] for r in sorted(records, key=lambda r: (r["size"], r["name"]))])
print([r["name"] for r in sorted(records, key=lambda r: (-len(r["tags"]), r["name"]))])
print([r["name"] for r in sorted(records, key=lambda r: r["size"], reverse=True)])

def by(*fields, reverse_fields=()):
    def key(r):
        return tuple(-r[f] if f in reverse_fields else r[f] for f in fields)
    return key

print([r["name"] for r in sorted(records, key=by("size", reverse_fields=("size",)))])
print(min(records, key=lambda r: len(r["name"]))["name"], max(records, key=lambda r: r["size"])["name"])
words = "The quick Brown fox Jumps over the lazy Dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w.lower())))
nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n % 2, n)), sorted(map(lambda n: n * n, nums)))
