# collections.Counter: word counts (printed sorted), most_common, arithmetic, update/subtract.
from collections import Counter

text = """the quick brown fox jumps over the lazy dog the dog barks
and the fox runs away while the quick dog sleeps under the brown tree"""
words = text.split()
counts = Counter(words)
print(len(counts), counts.total())
for word in sorted(counts):
    print(word, counts[word])
print(counts.most_common(3))
print(counts["cat"], "cat" in counts)
letters = Counter("mississippi")
print(letters)
print(letters.most_common())
print(sorted(letters.elements()))
print(list(letters.elements()))

a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print("a + b", a + b)
print("a - b", a - b)
print("b - a", b - a)
print("a | b", a | b)
print("a & b", a & b)
print(Counter(a=1) == Counter(a=1, b=0), Counter(x=2) == Counter(x=3))

inv = Counter(apples=5, pears=2)
inv.update(apples=3, kiwis=7)
inv.update(["pears", "pears", "figs"])
print(inv)
inv.subtract(Counter(apples=10, kiwis=1))
print(inv)
print(inv.most_common(2))
del inv["nothing"]
del inv["figs"]
print(inv, inv.total())
c = Counter({"x": 4, "y": 1})
c["z"] += 2
c["x"] -= 1
print(c, dict(c), isinstance(c, dict))
cp = c.copy()
cp["y"] = 100
print(c["y"], cp["y"], type(cp).__name__)
print(Counter(), Counter("") == Counter())

# Anagram groups via sorted letter counts.
groups = {}
for w in ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"]:
    key = tuple(sorted(Counter(w).items()))
    groups.setdefault(key, []).append(w)
for members in sorted(groups.values()):
    print(members)
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
