# Generator expressions consumed by join, sum, any, all, min, max, sorted, dict, set, tuple.
words = ["generator", "expression", "lazy", "yield", "send", "throw", "close"]
nums = [7, -3, 12, 0, 5, -8, 21, 4]

print(", ".join(w.upper() for w in words if len(w) > 4))
print("-".join(str(n) for n in nums))
print(sum(n for n in nums if n > 0), sum(n * n for n in nums))
print(sum((n for n in nums), 100))
print(any(n > 20 for n in nums), any(n > 100 for n in nums))
print(all(len(w) > 3 for w in words), all(n != 0 for n in nums))
print(min(abs(n) for n in nums), max(len(w) for w in words))
print(min((len(w), w) for w in words), max((len(w), w) for w in words))
print(sorted(w[::-1] for w in words))
print(sorted((n for n in nums), key=abs))
print(dict((w, len(w)) for w in words if "e" in w))
print(sorted(set(n % 5 for n in nums)))
print(tuple(n // 2 for n in nums))
print(list(x * y for x in range(1, 4) for y in range(1, 4) if x != y))
print(max(range(10), key=lambda n: (n * 7) % 10))

checked = []
def noisy(n):
    checked.append(n)
    return n
print(any(noisy(n) > 10 for n in nums), checked)
checked.clear()
print(all(noisy(n) > -5 for n in nums), checked)

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(sum(sum(row) for row in matrix))
print(list(sum(row[i] for row in matrix) for i in range(3)))
print(max(max(row) for row in matrix), min(min(row) for row in matrix))
print(" ".join("".join(str(x) for x in row) for row in matrix))
squares = (n * n for n in range(5))
print(next(squares), next(squares), list(squares), list(squares))
g = (c for c in "abc")
print(type(g).__name__, iter(g) is g)
total = 0
for k, v in ((w[0], len(w)) for w in words):
    total += v
print(total)
print("".join(sorted(set(c for w in words for c in w))))
