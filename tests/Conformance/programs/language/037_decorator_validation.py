# Decorators that validate arguments and keep metadata by hand.
def typed(*types, returns=None):
    def deco(func):
        def wrapper(*args):
            if len(args) != len(types):
                raise TypeError(f"{func.__name__} expects {len(types)} arguments, got {len(args)}")
            for i, (arg, t) in enumerate(zip(args, types)):
                if not isinstance(arg, t):
                    raise TypeError(f"argument {i} of {func.__name__} must be {t.__name__}, not {type(arg).__name__}")
            result = func(*args)
            if returns is not None and not isinstance(result, returns):
                raise TypeError(f"{func.__name__} returned {type(result).__name__}")
            return result
        wrapper.__name__ = func.__name__
        wrapper.__doc__ = func.__doc__
        wrapper.__wrapped__ = func
        return wrapper
    return deco

@typed(int, int, returns=int)
def add(a, b):
    "Adds two ints."
    return a + b

@typed(str, returns=int)
def broken(s):
    return s

print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1.5, 2))
for call in (lambda: add(1), lambda: add(1, "2"), lambda: broken("x"), lambda: add(True, 1)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

def retry(times):
    def deco(func):
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except ValueError as e:
                    print(f"  attempt {attempt} failed: {e}")
            return None
        return wrapper
    return deco

state = {"n": 0}
@retry(3)
def flaky(limit):
    state["n"] += 1
    if state["n"] < limit:
        raise ValueError(f"n={state['n']}")
    return f"ok after {state['n']}"

print(flaky(2))
state["n"] = 0
print(flaky(5))
