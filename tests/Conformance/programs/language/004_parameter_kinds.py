# Positional-only, keyword-only, *args and **kwargs parameters together.
def full(a, b=2, /, c=3, *args, d, e=5, **kw):
    return f"a={a} b={b} c={c} args={args} d={d} e={e} kw={sorted(kw.items())}"

print(full(1, d=4))
print(full(1, 20, 30, 40, 50, d=4))
print(full(1, c=33, d=4, e=55, z=0))
print(full(1, 2, 3, d=4, b=9))

def only_kw(*, sep=", ", end="."):
    return sep.join(["x", "y"]) + end

print(only_kw(), only_kw(sep="|"), only_kw(end="!", sep=""))

def clamp(value, /, low=0, high=10):
    return max(low, min(high, value))

print([clamp(v) for v in (-5, 5, 15)], clamp(7, high=6), clamp(1, low=3))

def collect(*items, **options):
    prefix = options.get("prefix", "")
    return [prefix + str(i) for i in items]

print(collect(1, 2, 3), collect(prefix="#"), collect("a", "b", prefix="-"))

def defaults_once(item, bucket=[]):
    bucket.append(item)
    return bucket

print(defaults_once(1), defaults_once(2), defaults_once(3, []))
print(full.__defaults__, full.__kwdefaults__, clamp.__defaults__, only_kw.__kwdefaults__)

counter = 0
def make_default():
    global counter
    counter += 1
    return counter

def uses(x=make_default(), *, y=make_default()):
    return x, y

print(uses(), uses(), counter)
