# A tiny scheduler of tasks: each task is a generator of steps wrapping async work driven by send().
async def compute(name, n):
    total = 0
    for i in range(1, n + 1):
        total += i
    return "%s=%d" % (name, total)

def task(name, steps):
    results = []
    for n in steps:
        coro = compute(name, n)
        try:
            coro.send(None)
        except StopIteration as e:
            results.append(e.value)
        yield len(results)
    return results

class_order = []

def scheduler(tasks):
    queue = list(tasks.items())
    finished = {}
    tick = 0
    while queue:
        name, t = queue.pop(0)
        tick += 1
        try:
            progress = t.send(None)
            class_order.append((tick, name, progress))
            queue.append((name, t))
        except StopIteration as e:
            finished[name] = e.value
            print("tick", tick, name, "done:", e.value)
    return finished

done = scheduler({"alpha": task("alpha", [3, 4]), "beta": task("beta", [10]), "gamma": task("gamma", [1, 2, 3])})
print(class_order)
for name in sorted(done):
    print(name, done[name])

async def leaf(x):
    return x + 1

async def branch(x):
    a = await leaf(x)
    b = await leaf(a)
    return a * b

async def root(xs):
    out = []
    for x in xs:
        out.append(await branch(x))
    return out

def drive(coros):
    results = []
    for i, c in enumerate(coros):
        while True:
            try:
                c.send(None)
            except StopIteration as e:
                results.append((i, e.value))
                break
    return results

print(drive([root([1, 2]), branch(10), leaf(0)]))
