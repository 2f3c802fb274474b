# Instances of one class whose attributes are set in different orders, some optional, some deleted.


class Record:
    def __init__(self, **fields):
        for name, value in fields.items():
            setattr(self, name, value)

    def get(self, name, default=None):
        return getattr(self, name, default)

    def __repr__(self):
        return "Record(%s)" % ", ".join("%s=%r" % kv for kv in vars(self).items())


records = [
    Record(a=1, b=2),
    Record(b=3, a=4),
    Record(a=5),
    Record(c=6, a=7, b=8),
]
for r in records:
    print(r, r.get("a"), r.get("b", "no b"), hasattr(r, "c"))

total = 0
for _ in range(50):
    for r in records:
        total += r.a
print("sum of a x50:", total)

records[0].c = "late"
del records[1].b
print(records[0], records[1])
for r in records:
    print(sorted(vars(r)), r.get("b", "-"), r.get("c", "-"))

# Same attribute names, read at one place, from objects built two ways.
class P:
    pass


def build(order):
    p = P()
    for name in order:
        setattr(p, name, len(name) * 10)
    return p


ps = [build("xyz"), build("zyx"), build("yxz"), build(["x", "y", "z", "w"])]
for p in ps:
    print(p.x, p.y, p.z, list(vars(p)))
print(sum(p.x + p.y + p.z for p in ps * 100))
try:
    ps[0].w
except AttributeError as e:
    print("AttributeError:", e)
