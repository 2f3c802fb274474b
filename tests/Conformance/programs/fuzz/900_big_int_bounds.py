# Found by tools/fuzz.sh programs: slice bounds and steps beyond 64 bits clamp as in CPython
# (_PyEval_SliceIndex) instead of raising, and a size argument that does not fit a machine
# integer raises OverflowError, not TypeError.

BIG = 800412057095534255786872688318931
HUGE = -919329474412583581054795558562851610158

text = 'abcdefghij'
items = [15, 9, 4, 7, 30, 2]
pair = (-3, 29, 26)
raw = b'\x00\xffHello'

print(text[-4:BIG], text[BIG:], text[HUGE:3], text[HUGE:BIG])
print(items[-4:BIG], items[HUGE:], items[2:HUGE], items[HUGE:BIG])
print(pair[13:27273], pair[HUGE:BIG], [*[15, 9][-4:BIG], *pair[1:BIG]])
print(raw[1:BIG], raw[HUGE:2], raw[BIG:HUGE])
print(text[::BIG], text[::-BIG], items[::HUGE], items[BIG:HUGE:-1])
print(text[BIG:HUGE:-2], pair[::BIG], list(range(10))[3:BIG:BIG])

s = slice(HUGE, BIG, 2)
print(items[s], text[s], s.indices(len(text)))

items2 = list(items)
items2[BIG:] = [100, 200]
print(items2)
items2[HUGE:1] = [-1]
print(items2)
del items2[BIG:]
del items2[HUGE:2]
print(items2)

for what, action in [
    ('insert', lambda: [1, 2].insert(BIG, 5)),
    ('insert negative', lambda: [1, 2].insert(HUGE, 5)),
    ('pop', lambda: [1, 2].pop(BIG)),
    ('index', lambda: [1, 2, 3].index(3, 0, BIG)),
    ('str index', lambda: 'abc'[BIG]),
    ('list index', lambda: items[HUGE]),
    ('repeat', lambda: 'ab' * BIG),
]:
    try:
        print(what, action())
    except (OverflowError, IndexError, MemoryError, TypeError, ValueError) as e:
        print(what, type(e).__name__, e)

print(1 / BIG, BIG / 7, HUGE / BIG, -(10 ** 40) / 7)
print(len(text[-BIG:BIG]), sum(items[-BIG:BIG:2]))
