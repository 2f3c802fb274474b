# A sequence class and a mapping class: __len__, __getitem__ with slices, __setitem__, __delitem__,
# __contains__, __iter__, __reversed__, __bool__, and the fallbacks CPython takes without them.


class Deck:
    def __init__(self, cards):
        self._cards = list(cards)

    def __len__(self):
        return len(self._cards)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Deck(self._cards[index])
        return self._cards[index]

    def __setitem__(self, index, value):
        self._cards[index] = value

    def __delitem__(self, index):
        del self._cards[index]

    def __repr__(self):
        return "Deck(%r)" % (self._cards,)


d = Deck("A23456789TJQK")
print(len(d), d[0], d[-1], d[2:5], d[::4], list(d)[:3])
print("Q" in d, "Z" in d, list(reversed(d))[:3], sorted(d, reverse=True)[:3])
d[0] = "a"
del d[1]
print(d, len(d), bool(d), bool(Deck([])))
for i, card in enumerate(d):
    if i == 3:
        break
    print(i, card)


class Settings:
    def __init__(self):
        self._data = {}
        self.reads = 0

    def __getitem__(self, key):
        self.reads += 1
        return self._data[key.lower()]

    def __setitem__(self, key, value):
        self._data[key.lower()] = value

    def __delitem__(self, key):
        del self._data[key.lower()]

    def __contains__(self, key):
        return key.lower() in self._data

    def __iter__(self):
        return iter(sorted(self._data))

    def __len__(self):
        return len(self._data)


s = Settings()
s["Mode"] = "fast"
s["LEVEL"] = 3
print(s["mode"], s["Level"], "MODE" in s, "other" in s, list(s), len(s), s.reads)
del s["mode"]
try:
    s["mode"]
except KeyError as e:
    print("KeyError:", e)
print(dict((k, s[k]) for k in s), s.reads)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(5)), sum(Countdown(100)), max(Countdown(7)), 3 in Countdown(5))
it = iter(Countdown(3))
print(next(it), next(it), next(it), next(it, "done"))
