# str.format_map with any mapping: a dict, a dict subclass with __missing__, a class with __getitem__ only,
# attribute and item accessors, conversions and nested specs, and CPython's errors.
class D(dict):
    def __missing__(self, k):
        return '<' + k + '>'
class M:
    def __getitem__(self, k):
        return k.upper()
print('{a} {b!r:>6} {c[0]} {d.real}'.format_map(D(a=1, c=[5], d=2j)))
print('{x}-{y:^7}|'.format_map(M()))
print('{w:{width}}|{w!a}'.format_map({'w': 'x\xe9', 'width': 4}))
for f, m in [('{0}', {}), ('{}', {}), ('{a}', {}), ('{a}', 5), ('{a.b}', {'a': 1}), ('{a', {'a': 1})]:
    try:
        print(f.format_map(m))
    except Exception as e:
        print(type(e).__name__, e)
