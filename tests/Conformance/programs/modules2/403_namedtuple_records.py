from collections import namedtuple, defaultdict, Counter

Sale = namedtuple('Sale', 'region product units price')

raw = """north,widget,10,2.5
south,gadget,3,10.0
north,gadget,7,9.5
east,widget,1,2.75
south,widget,12,2.5
east,gizmo,4,7.25
north,gizmo,2,7.0
south,gadget,5,9.75"""

sales = []
for line in raw.splitlines():
    region, product, units, price = line.split(',')
    sales.append(Sale(region, product, int(units), float(price)))

for s in sales[:3]:
    print(s)

revenue = defaultdict(float)
for s in sales:
    revenue[s.region] += s.units * s.price
for region in sorted(revenue):
    print(f'{region:>6}: {revenue[region]:8.2f}')

by_product = defaultdict(list)
for s in sales:
    by_product[s.product].append(s)
for product, items in sorted(by_product.items()):
    units = sum(s.units for s in items)
    avg = sum(s.price for s in items) / len(items)
    print(product, units, round(avg, 3), [s.region for s in items])

Summary = namedtuple('Summary', ['product', 'units', 'revenue'])
summaries = [Summary(p, sum(s.units for s in v), sum(s.units * s.price for s in v)) for p, v in by_product.items()]
summaries.sort(key=lambda t: (-t.revenue, t.product))
for row in summaries:
    print(row)
print('best', summaries[0].product, 'worst', summaries[-1]._asdict())

units_by_region = Counter()
for s in sales:
    units_by_region[s.region] += s.units
print(units_by_region.most_common())

discounted = [s._replace(price=round(s.price * 0.9, 2)) for s in sales if s.units >= 5]
for s in discounted:
    print(' ', s.region, s.product, s.price)

columns = list(zip(*sales))
print(Sale._make(col[:2] for col in columns))
transposed = Sale(*columns)
print(transposed.units, transposed.region[:3])

Stats = namedtuple('Stats', 'count total mean', defaults=(0, 0.0, None))
def stats(values):
    if not values:
        return Stats()
    total = sum(values)
    return Stats(len(values), total, total / len(values))
print(stats([]), stats([2, 4, 9]))
print(Stats._field_defaults)
table = {s.product: s for s in sales}
print(sorted(table))
print(sorted(sales, key=lambda s: (s.product, -s.units))[0])
