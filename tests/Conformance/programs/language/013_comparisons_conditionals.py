# Chained comparisons and conditional expressions.
def grade(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "F"

for s in (95, 85, 75, 65, 90, 80):
    print(s, grade(s))

def in_range(x):
    return 0 <= x < 10

print([in_range(v) for v in (-1, 0, 5, 9, 10)])
print(1 < 2 < 3 < 4, 1 < 3 < 2, 5 > 4 > 3 > 2 > 1)
print(1 == 1.0 == True, "a" < "b" <= "b" < "c", 3 != 4 != 3)
print([1, 2] < [1, 3] < [2], (1, 2) <= (1, 2) < (1, 2, 0))

calls = []
def val(v):
    calls.append(v)
    return v

print(val(1) < val(2) < val(0) < val(5))
print(calls)

x = 5
print("odd" if x % 2 else "even", "big" if x > 100 else "small")
print(1 in [1, 2] in [[1, 2]], None is None is not False)
print(not 1 < 2, not (1 < 2 < 0))

values = [3, None, 0, "", "x", [], [0]]
print([v if v else "falsy" for v in values])
print([(v or "default") for v in values])
print([(v and "truthy") for v in values])

def sign(n):
    return (n > 0) - (n < 0)

print([sign(n) for n in (-3, 0, 7)])
a, b = 3, 7
print(a if a > b else b, min(a, b) if a != b else None)
print(1 < 2 == 2 > 1, 2 < 1 == 1)
