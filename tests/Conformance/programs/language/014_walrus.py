# Assignment expressions in conditions, loops and comprehensions.
data = [4, 8, 15, 16, 23, 42]

if (n := len(data)) > 5:
    print(f"list is long ({n} elements)")

stack = [1, 2, 3, 0, 5]
while (top := stack.pop()) != 0:
    print("popped", top)
print("stopped at", top, "left", stack)

doubled = [y for x in data if (y := x * 2) > 20]
print(doubled, y)

total = 0
running = [total := total + v for v in data]
print(running, total)

print([(last := i) for i in range(4)], last)

def first_long(words, limit):
    for w in words:
        if (size := len(w)) > limit:
            return w, size
    return None, size

print(first_long(["a", "abc", "abcdef"], 2), first_long(["x"], 5))

text = "key1=value1;key2=value2;broken;key3=v"
pairs = {k: v for part in text.split(";") if (eq := part.find("=")) > 0 for k, v in [(part[:eq], part[eq + 1:])]}
print(pairs)

def scan():
    seen = []
    matches = [m for w in ["apple", "bob", "civic", "dog"] if (m := w) == w[::-1] and not seen.append(m)]
    return matches, seen, m

print(scan())
print((z := 10) + z, z)
values = iter(range(100))
while (v := next(values)) < 5:
    pass
print("first >= 5:", v)
