# Everyday classes: an inventory with properties, class methods, dunders and a Counter-like dict subclass.

class Tally(dict):
    def __missing__(self, key):
        return 0

    def add(self, key, n=1):
        self[key] += n
        return self

    def most_common(self, k=None):
        items = sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))
        return items if k is None else items[:k]

    def __add__(self, other):
        out = Tally(self)
        for key, n in other.items():
            out.add(key, n)
        return out


class Item:
    _next_id = 1

    def __init__(self, name, price, qty=0):
        self.id = Item._next_id
        Item._next_id += 1
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if value < 0:
            raise ValueError(f"negative price for {self.name}")
        self._price = round(value, 2)

    @property
    def value(self):
        return round(self.price * self.qty, 2)

    @classmethod
    def parse(cls, line):
        name, price, qty = line.split(",")
        return cls(name.strip(), float(price), int(qty))

    def __repr__(self):
        return f"Item#{self.id}({self.name!r}, {self.price}, qty={self.qty})"

    def __lt__(self, other):
        return (self.value, self.name) < (other.value, other.name)

    def __eq__(self, other):
        return isinstance(other, Item) and self.name == other.name

    __hash__ = None


class Inventory:
    def __init__(self, items=()):
        self.items = {i.name: i for i in items}
        self.moves = Tally()

    def __len__(self):
        return len(self.items)

    def __contains__(self, name):
        return name in self.items

    def __getitem__(self, name):
        return self.items[name]

    def __iter__(self):
        return iter(sorted(self.items.values()))

    def move(self, name, delta):
        item = self.items[name]
        if item.qty + delta < 0:
            raise ValueError(f"only {item.qty} {name} left")
        item.qty += delta
        self.moves.add(name, abs(delta))

    @property
    def total(self):
        return round(sum(i.value for i in self.items.values()), 2)


inv = Inventory(Item.parse(line) for line in ["apple, 0.5, 100", "pear, 0.75, 40", "melon, 3.2, 5", "fig, 0.3, 0"])
print(len(inv), "apple" in inv, "kiwi" in inv, inv["pear"], inv.total)
for name, delta in [("apple", -30), ("fig", 12), ("melon", -5), ("pear", -41), ("apple", 10)]:
    try:
        inv.move(name, delta)
        print(f"moved {delta:+d} {name}: qty {inv[name].qty}, value {inv[name].value}")
    except ValueError as e:
        print("refused:", e)
print([i.name for i in inv], inv.total)
print(inv.moves, inv.moves["kiwi"], inv.moves.most_common(2), len(inv.moves))
print((inv.moves + Tally(apple=1, kiwi=2)).most_common())
try:
    inv["fig"].price = -1
except ValueError as e:
    print("ValueError:", e)
print(inv["fig"] == Item("fig", 9), inv["fig"] == "fig", min(inv), max(inv).name)
try:
    {inv["fig"]}
except TypeError as e:
    print("TypeError:", e)
