# Functions as values: composition, pipelines, function factories.
def compose(*funcs):
    def run(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return run

def pipeline(*funcs):
    return compose(*reversed(funcs))

inc = lambda x: x + 1
double = lambda x: x * 2
square = lambda x: x * x
print(compose(inc, double)(5), pipeline(inc, double)(5), compose()(7))
print([pipeline(square, inc, double)(n) for n in range(5)])

def apply_n(f, n):
    def run(x):
        for _ in range(n):
            x = f(x)
        return x
    return run

print(apply_n(double, 10)(1), apply_n(inc, 0)(9))

def partial(func, *bound, **bound_kw):
    def call(*args, **kwargs):
        return func(*bound, *args, **{**bound_kw, **kwargs})
    return call

def volume(l, w, h, unit="cm"):
    return f"{l * w * h}{unit}3"

cube_base = partial(volume, 2, 3)
print(cube_base(4), cube_base(5, unit="m"), partial(volume, unit="mm")(1, 1, 1))

def flip(f):
    return lambda a, b: f(b, a)

print(flip(divmod)(3, 20), flip(pow)(2, 5), flip(lambda a, b: a - b)(1, 10))
funcs = [len, str.upper, sorted, reversed]
print([f("banana") if f is not reversed else "".join(f("banana")) for f in funcs])
from_table = {"neg": lambda v: -v, "abs": abs, "half": lambda v: v / 2}
print({name: f(-8) for name, f in from_table.items()})
print(list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(lambda *xs: sum(xs), [1, 2], [10, 20], [100, 200])))
