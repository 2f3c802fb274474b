# map, filter, zip (strict), enumerate (start), reversed, iter with a sentinel, next with a default.
print(list(map(str.upper, ["a", "b"])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(abs, [-1, 2, -3])), list(map(len, ["", "ab", "abc"])))
print(list(filter(lambda n: n % 2, range(10))), list(filter(None, [0, 1, "", "x", None, [1]])))
print(list(zip("abc", [1, 2, 3])), list(zip("ab", "xyz", [True])), list(zip()))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print(dict(zip(["k1", "k2"], [10, 20])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], [3, 4], strict=True)))
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("xy", start=-2)))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
data = [3, 1, 4, 1, 5, 9, 2, 6]
pos = [0]
def reader():
    pos[0] += 1
    return data[pos[0] - 1]
print(list(iter(reader, 9)))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
e = enumerate("hi")
print(next(e), list(e))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
