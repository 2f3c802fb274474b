from dataclasses import dataclass, field, asdict, replace
from collections import defaultdict

@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    category: str
    price: float
    stock: int = 0
    tags: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_key = (self.category, -self.price)

    @property
    def value(self):
        return round(self.price * self.stock, 2)

catalog = [
    Item('lamp', 'home', 19.99, 4, ['light']),
    Item('mug', 'kitchen', 6.5, 30),
    Item('kettle', 'kitchen', 24.0, 2, ['electric']),
    Item('rug', 'home', 79.0, 1),
    Item('pan', 'kitchen', 18.25, 0),
    Item('vase', 'home', 12.0, 7, ['glass', 'fragile']),
]

for item in sorted(catalog):
    print(f'{item.category:<8} {item.name:<7} {item.price:>6.2f} x{item.stock:<3} = {item.value:>7.2f} {item.tags}')

by_category = defaultdict(list)
for item in catalog:
    by_category[item.category].append(item)
for category, items in sorted(by_category.items()):
    total = sum(i.value for i in items)
    print(category, len(items), round(total, 2), [i.name for i in items if i.stock == 0])

restocked = [replace(i, stock=i.stock + 10) if i.stock < 3 else i for i in catalog]
print([(i.name, i.stock) for i in restocked])
print(catalog[2] == replace(catalog[2]), catalog[2] is replace(catalog[2]))
d = asdict(catalog[-1])
print(sorted(d.items()))
print(max(catalog, key=lambda i: i.value).name, min(catalog).name)
cheap = [i.name for i in catalog if i.price < 15]
print('cheap', cheap)
sale = [replace(i, price=round(i.price * 0.8, 2)) for i in catalog if 'fragile' not in i.tags]
print([(i.name, i.price) for i in sale])
print(repr(catalog[0]))
