# async def coroutines driven by send(None): results arrive in StopIteration.value.
async def add(a, b):
    return a + b

async def square_sum(values):
    total = 0
    for v in values:
        total = await add(total, v * v)
    return total

async def nothing():
    pass

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("coroutine suspended unexpectedly")

print(run(add(2, 3)))
print(run(square_sum([1, 2, 3, 4])))
print(run(nothing()))

c = add(1, 1)
print(type(c).__name__, c.__name__, c.__qualname__)
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)

print([run(fib(i)) for i in range(12)])

async def outer(n):
    async def inner(x):
        return x * n
    parts = []
    for i in range(3):
        parts.append(await inner(i))
    return parts

print(run(outer(5)))

async def fails(msg):
    raise ValueError(msg)

async def catches():
    try:
        await fails("inside")
    except ValueError as e:
        return "caught " + str(e)

print(run(catches()))
try:
    run(fails("outside"))
except ValueError as e:
    print("propagated:", e)

co = square_sum([3])
w = co.__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("via __await__:", e.value)

try:
    iter(add(1, 2))
except TypeError as e:
    print("TypeError:", e)
unawaited = add(3, 4)
print(unawaited.close())

async def chain(n):
    if n == 0:
        return []
    rest = await chain(n - 1)
    return rest + [n]

print(run(chain(6)))

async def not_awaitable():
    return await 42

try:
    run(not_awaitable())
except TypeError as e:
    print("TypeError:", e)
