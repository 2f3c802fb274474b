# Positional, keyword and default arguments in every order.
def describe(name, age, city="Paris", *, title="Mx"):
    return f"{title} {name}, {age}, from {city}"

print(describe("Ada", 36))
print(describe("Ada", 36, "London"))
print(describe(age=41, name="Grace"))
print(describe("Alan", city="Wilmslow", age=41))
print(describe("Linus", 21, title="Mr"))
print(describe(title="Dr", city="Oslo", age=50, name="Kristen"))

def power(base, exp=2):
    return base ** exp

for b in range(1, 5):
    print(b, power(b), power(b, 3), power(exp=0, base=b))

def accumulate(values, start=0, step=lambda acc, v: acc + v):
    acc = start
    for v in values:
        acc = step(acc, v)
    return acc

print(accumulate([1, 2, 3, 4]))
print(accumulate([1, 2, 3, 4], 1, lambda a, v: a * v))
print(accumulate("abc", "", step=lambda a, v: v + a))

def nested_call(f, *args):
    return f(*args)

print(nested_call(max, 3, 9, 4))
print(nested_call(describe, "Bob", 30))
print(nested_call(power, nested_call(power, 2), 3))
print(sorted(["pear", "fig", "banana", "kiwi"], key=len, reverse=True))
print(max([3, 1, 2], default=None), max([], default="empty"))
print("-".join(map(str, range(5))), int("ff", base=16), int("101", 2))
