# Module-level state changed through global declarations and function attributes.
CALLS = 0
REGISTRY = {}

def track(name):
    global CALLS
    CALLS += 1
    REGISTRY.setdefault(name, 0)
    REGISTRY[name] += 1
    return CALLS

for n in "abcab":
    track(n)
print(CALLS, sorted(REGISTRY.items()))

def rebind_registry():
    global REGISTRY
    old = REGISTRY
    REGISTRY = {"fresh": True}
    return old

old = rebind_registry()
print(REGISTRY, sorted(old))

def set_many():
    global A, B, C
    A, B, C = 1, [2], {"three": 3}

set_many()
print(A, B, C)

def delete_global():
    global A
    del A

delete_global()
try:
    print(A)
except NameError as e:
    print("NameError:", e)

def nested_global():
    def inner():
        global CALLS
        CALLS = -1
    inner()
    return CALLS

print(nested_global(), CALLS)
