# Memory workload for benchmarks/memory.sh: 1,000,000 small instances kept alive at once (issue 10's target:
# GilGen's peak resident memory no higher than CPython 3.12's for the same program).
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


points = [Point(i, i + 1) for i in range(1000000)]
total = 0
for p in points:
    total += p.x
print(total)
