# for ... else and while ... else: the else runs only without break.
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print(f"found {target!r} at {i}")
            break
    else:
        print(f"{target!r} not found")

find([3, 1, 4], 4)
find([3, 1, 4], 5)
find([], 1)

def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return True
    return False

print([n for n in range(30) if is_prime(n)])

for i in range(3):
    for j in range(3):
        if i == j == 1:
            print("break inner at", i, j)
            break
    else:
        print("inner completed for", i)

n = 0
while n < 3:
    n += 1
else:
    print("while finished with n =", n)

attempts = iter([False, False, True])
while True:
    ok = next(attempts)
    print("attempt", ok)
    if ok:
        break
else:
    print("never printed")

for x in []:
    print("no items")
else:
    print("empty for still runs else")

for c in "abc":
    if c == "z":
        break
    continue
else:
    print("continue does not skip else")
total = 0
for i in range(10):
    if i % 3 == 0:
        continue
    total += i
print(total)
