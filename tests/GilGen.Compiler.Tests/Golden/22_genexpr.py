def total(xs):
    return sum(x * x for x in xs)

def joined(words):
    return ", ".join(w.upper() for w in words if w)

def nested(matrix):
    return list(x for row in matrix for x in row if x % 2)

def with_closure(xs, k):
    return max((x * k for x in xs), default=None)

def tests(xs):
    return any(x < 0 for x in xs), all(x > -10 for x in xs)

def genexp_of_genexp(n):
    return sum(y for y in (x * 2 for x in range(n)))

def dict_from_gen(keys):
    return dict((k, len(k)) for k in keys)

def min_pair(points):
    return min((abs(x) + abs(y), x, y) for x, y in points)

lines = ["a", "bb", "ccc"]
lengths = (len(line) for line in lines)
first = next(x for x in range(10) if x > 4)
