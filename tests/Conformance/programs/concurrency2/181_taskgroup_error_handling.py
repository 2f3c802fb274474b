# TaskGroup failures handled with the builtin groups: split by type, sibling cancellation, nested groups.
import asyncio

log = []


async def worker(name, steps, fail=None):
    try:
        for i in range(steps):
            await asyncio.sleep(0)
            log.append(f"{name}:{i}")
        if fail is not None:
            raise fail
        return name
    except asyncio.CancelledError:
        log.append(f"{name}:cancelled")
        raise


def handle(eg):
    values, rest = eg.split(ValueError)
    print("  values:", sorted(str(e) for e in values.exceptions) if values else None)
    if rest is not None:
        lookups, others = rest.split(LookupError)
        print("  lookups:", [repr(e) for e in lookups.exceptions] if lookups else None)
        print("  others:", [type(e).__name__ for e in others.exceptions] if others else None)


async def scenario(title, specs, body_error=None):
    log.clear()
    print(title)
    tasks = []
    try:
        async with asyncio.TaskGroup() as tg:
            for name, steps, fail in specs:
                tasks.append(tg.create_task(worker(name, steps, fail)))
            if body_error is not None:
                await asyncio.sleep(0)
                raise body_error
    except ExceptionGroup as eg:
        print("  group:", eg)
        handle(eg)
    else:
        print("  results:", [t.result() for t in tasks])
    print("  cancelled:", [t.cancelled() for t in tasks].count(True))
    print("  cancelled workers:", sorted(entry.split(":")[0] for entry in log if entry.endswith("cancelled")))


async def nested_groups():
    async def inner(fail):
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("in1", 1, fail))
            tg.create_task(worker("in2", 1, KeyError("k")))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner(ValueError("deep")))
            tg.create_task(worker("out", 5, None))
    except ExceptionGroup as eg:
        print("nested:", eg)
        for sub in eg.exceptions:
            print("  sub:", type(sub).__name__, sub, [type(e).__name__ for e in sub.exceptions])
        deep = eg.subgroup(lambda e: isinstance(e, ValueError) and str(e) == "deep")
        print("  subgroup through two levels:", deep.exceptions[0].exceptions)
        print("  flattened:", sorted(repr(e) for e in flatten(eg)))


def flatten(eg):
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from flatten(e)
        else:
            yield e


async def main():
    await scenario("all succeed", [("a", 1, None), ("b", 2, None)])
    await scenario("one fails, a slow sibling is cancelled",
                   [("a", 1, ValueError("bad a")), ("slow", 50, None)])
    await scenario("three fail together",
                   [("a", 2, ValueError("v")), ("b", 2, KeyError("kb")), ("c", 2, OSError("o"))])
    await scenario("the body raises", [("slow", 50, None)], body_error=TypeError("body"))
    await nested_groups()


asyncio.run(main())
