# Cells shared between closures, class bodies and comprehensions.
def make_pair():
    shared = []
    def push(v):
        shared.append(v)
        return len(shared)
    def peek():
        return list(shared)
    return push, peek

push, peek = make_pair()
push(1); push(2)
print(peek(), push(3), peek())

def counter_factory():
    counters = {}
    def make(name):
        count = 0
        def step(by=1):
            nonlocal count
            count += by
            counters[name] = count
            return count
        return step
    return make, counters

make, counters = counter_factory()
a, b = make("a"), make("b")
a(); a(5); b(2)
print(sorted(counters.items()))

def outer(n):
    values = [lambda: n * i for i in range(3)]
    n += 100
    return [v() for v in values]

print(outer(1))

def class_in_function(tag):
    class Tagged:
        label = tag
        def show(self):
            return f"{self.label}:{tag}"
    return Tagged

print(class_in_function("x")().show(), class_in_function("y").label)

def comprehension_sees_enclosing(k):
    return [k * i for i in range(4)], {i: k for i in range(2)}

print(comprehension_sees_enclosing(3))
x = "global x"
def reads_global():
    return x
def shadows():
    x = "local x"
    return reads_global(), x
print(shadows())

def fn_attrs():
    def inner():
        inner.calls += 1
        return inner.calls
    inner.calls = 0
    return inner

f = fn_attrs()
print(f(), f(), f.calls, f.__name__, f.__qualname__)
