async def add(a, b):
    return a + b

async def compute(n):
    total = 0
    for i in range(n):
        total += await add(i, 1)
    return total

async def nothing():
    pass

async def awaits_in_try(x):
    try:
        return await x
    except ValueError:
        return None
    finally:
        print("finally")

async def iterate(source):
    async for item in source:
        print(item)

async def iterate_else(source):
    async for item in source:
        if item:
            break
    else:
        print("exhausted")

async def managed(mgr):
    async with mgr as value:
        return value

async def managed_two(a, b):
    async with a, b:
        await add(1, 2)

async def nested_calls(x):
    return await add(await add(x, 1), await add(x, 2))

async def closure(k):
    async def inner(x):
        return x * k
    return await inner(3)
