# sorted, min, max with key, reverse and default; stability.
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 19), ("eve", 25)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted("banana"), sorted("Banana", key=str.lower), sorted([3, 1, 2], reverse=True))
print(sorted({3: "c", 1: "a", 2: "b"}), sorted(range(5), key=lambda n: n % 2))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(min(4, 2, 8), max(4, 2, 8), min("hello"), max([1.5, -2, 3]))
print(min([], default="empty"), max((), default=None), min([7], default=0))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len))
print(max(1, 2, key=lambda n: -n), min([[1, 2], [1], [0, 5]]))
print(max([3, 3.0]), min([3.0, 3]), max([True, 1]))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len))
print(sorted(sorted(words), key=len, reverse=True))
for bad in [lambda: min([]), lambda: max(), lambda: min(1, 2, default=0), lambda: sorted([1, "a"]), lambda: max(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
