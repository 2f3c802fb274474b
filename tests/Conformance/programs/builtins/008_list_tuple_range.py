# list, tuple and range methods and operators.
a = [5, 3, 8]
a.append(1)
a.extend([9, 2])
a.insert(0, 7)
a.insert(100, 0)
a.insert(-2, 4)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(8)
print(a, a.index(3), a.count(3), a.index(9, 2))
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a.reverse()
print(a)
b = a.copy()
b[0] = 100
print(a, b, a == b, a < b)
a.clear()
print(a, [1, 2] + [3], [0] * 3, [[0] * 2] * 2, 3 in [1, 2, 3])
c = list(range(10))
print(c[2:5], c[::2], c[::-1], c[-3:], c[:-7:-2])
c[2:5] = ["x"]
print(c)
del c[::2]
print(c)
c[1:1] = [7, 7]
print(c)
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:], len(t), max(t), (1, 2) < (1, 3), (1,) == (1,))
r = range(3, 20, 4)
print(list(r), len(r), r[1], r[-1], r[1:3], 11 in r, 12 in r, r.index(15), r.count(7), repr(r))
print(range(10)[::-1], list(range(10)[::-3]), range(0) == range(5, 5), range(0, 3) == range(3), bool(range(0)))
print(list(range(-5, 5, 3)), list(range(5, -5, -3)), sum(range(1, 11)))
words = ["pear", "Apple", "fig"]
words.sort(key=str.lower)
print(words)
nested = [[3, "c"], [1, "a"], [2, "b"]]
nested.sort()
print(nested)
for bad in [lambda: [].pop(), lambda: [1].remove(5), lambda: [1].index(5), lambda: (1,).index(9), lambda: range(3).index(7), lambda: [1, 2][5], lambda: range(0, 10, 0)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
