# A sorted list built on list + bisect: insertion keeps order, lookups are binary searches.
import bisect


class SortedList(list):
    def __init__(self, items=(), key=None):
        self.key = key or (lambda x: x)
        super().__init__(sorted(items, key=self.key))
        self._keys = [self.key(x) for x in self]

    def add(self, item):
        k = self.key(item)
        i = bisect.bisect_right(self._keys, k)
        self._keys.insert(i, k)
        self.insert(i, item)
        return i

    def remove(self, item):
        k = self.key(item)
        i = bisect.bisect_left(self._keys, k)
        while i < len(self) and self._keys[i] == k:
            if self[i] == item:
                del self._keys[i]
                del self[i]
                return
            i += 1
        raise ValueError(f"{item!r} not in list")

    def between(self, lo, hi):
        a = bisect.bisect_left(self._keys, lo)
        b = bisect.bisect_right(self._keys, hi)
        return self[a:b]

    def append(self, item):
        raise TypeError("use add() on a SortedList")


s = SortedList([5, 1, 9, 3])
print(s, s._keys)
for x in [4, 10, 0, 5]:
    print("add", x, "at", s.add(x), "->", s)
print("between 3 and 6:", s.between(3, 6), type(s.between(3, 6)).__name__)
s.remove(5)
print("removed one 5:", s, len(s), s.count(5))
try:
    s.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    s.append(1)
except TypeError as e:
    print("TypeError:", e)
print(s[0], s[-1], min(s), max(s), sum(s), 9 in s, s.index(9))

words = SortedList(["pear", "Fig", "apple", "kiwi"], key=str.lower)
words.add("Banana")
words.add("cherry")
print(words, words.between("b", "d"))
print([w.upper() for w in words], sorted(words, key=len), list(enumerate(words))[:2])

people = SortedList([("ann", 31), ("bob", 25)], key=lambda p: p[1])
people.add(("cy", 28))
people.add(("dee", 25))
print(people, [name for name, _ in people], people.between(25, 28))
print(isinstance(people, list), len(people), people == [("bob", 25), ("dee", 25), ("cy", 28), ("ann", 31)])
