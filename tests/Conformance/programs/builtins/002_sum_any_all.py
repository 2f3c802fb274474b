# sum with start (ints, floats with 3.12's compensated summation, lists), any, all.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum(range(101)))
print(repr(sum([0.1] * 10)), repr(sum([0.1, 0.2, 0.3])), repr(sum([1e16, 1.0, -1e16])))
print(repr(sum([1, 0.5, 2])), repr(sum([0.5, 1, 2**70])), sum([2**62, 2**62, 2**62]))
print(sum([[1], [2, 3], []], []), sum([(1,), (2,)], ()))
print(repr(sum([1.5, True, 2])), sum([True, True, False]))
print(repr(sum([float("inf"), 1.0])), repr(sum([1e308, 1e308])))
print(any([]), any([0, "", None]), any([0, 1]), any(x > 3 for x in [1]) if False else any([x > 3 for x in [1, 5]]))
print(all([]), all([1, "a", [0]]), all([1, 0]), all([[], 1]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
vals = [0.1 * i for i in range(1, 21)]
print(repr(sum(vals)), repr(sum(vals, 0.5)))
