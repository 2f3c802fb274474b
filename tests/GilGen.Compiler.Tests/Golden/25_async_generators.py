# Asynchronous generators: yield and await in one function, try/finally, async for and async with inside,
# asynchronous generator expressions (with async for, and with await in a plain for), a closure, and an
# asynchronous comprehension over one; driven by hand (no event loop).
class Later:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        yield 'tick'
        return self.value

class Guard:
    async def __aenter__(self):
        print('enter')
        return self
    async def __aexit__(self, *exc):
        print('exit', exc[0])

async def numbers(n):
    try:
        for i in range(n):
            v = await Later(i * 10)
            yield v
    finally:
        print('numbers done')

async def guarded(source):
    async with Guard():
        async for x in source:
            if x > 10:
                break
            yield x + 1

def scaled(source, k):
    return (x * k async for x in source)

def awaited(values):
    return (await Later(v) for v in values)

def counter():
    count = 0
    async def gen():
        nonlocal count
        while count < 3:
            count += 1
            yield count
    return gen

async def collect(source):
    return [x async for x in source if x % 2 == 0]

def drive(aw):
    ticks = 0
    try:
        while True:
            aw.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks

async def main():
    out = []
    async for x in guarded(numbers(4)):
        out.append(x)
    out.append(await collect(scaled(numbers(3), 3)))
    out.append([y async for y in awaited([1, 2])])
    out.append([z async for z in counter()()])
    return out

print(drive(main()))
