# Several failing TaskGroup tasks: the ExceptionGroup, split/subgroup/derive, base exceptions.
import asyncio


async def fail_after(steps, exc):
    for _ in range(steps):
        await asyncio.sleep(0)
    raise exc


def describe(group, indent="  "):
    lines = [f"{indent}{type(group).__name__}: {group}"]
    for e in group.exceptions:
        if isinstance(e, BaseExceptionGroup):
            lines.extend(describe(e, indent + "  "))
        else:
            lines.append(f"{indent}  {type(e).__name__}: {e}")
    return lines


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(1, ValueError("v1")))
            tg.create_task(fail_after(1, TypeError("t1")))
            tg.create_task(fail_after(1, ValueError("v2")))
    except ExceptionGroup as eg:
        print("\n".join(describe(eg)))
        match, rest = eg.split(ValueError)
        print("split ValueError:", sorted(str(e) for e in match.exceptions), [str(e) for e in rest.exceptions])
        print("subgroup TypeError:", [str(e) for e in eg.subgroup(TypeError).exceptions])
        print("subgroup OSError:", eg.subgroup(OSError))
        print("subgroup by predicate:", sorted(str(e) for e in eg.subgroup(lambda e: str(e).endswith("1")).exceptions))
        print("subgroup matching all is the same object:", eg.subgroup(Exception) is eg)

    async def nested():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(1, KeyError("inner")))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(nested())
            tg.create_task(fail_after(2, OSError("outer")))
    except ExceptionGroup as eg:
        print("nested groups:")
        print("\n".join(describe(eg)))
        keys, others = eg.split(KeyError)
        print("split through nesting:", len(keys.exceptions), type(keys.exceptions[0]).__name__,
              "rest:", [type(e).__name__ for e in others.exceptions])

    eg = ExceptionGroup("manual", [ValueError(1), ExceptionGroup("sub", [TypeError(2), ValueError(3)])])
    print(repr(eg))
    print(str(eg), "|", str(ExceptionGroup("one", [ValueError()])))
    m, r = eg.split((TypeError, KeyError))
    print("split by tuple:", repr(m), repr(r))
    print("derive:", repr(eg.derive([KeyError("k")])))
    bg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
    print("with a base exception:", type(bg).__name__, isinstance(bg, Exception))
    print("all plain exceptions:", type(BaseExceptionGroup("plain", [ValueError()])).__name__)
    for args in (("m", 5), ("m", []), ("m", [1]), (1, [ValueError()])):
        try:
            BaseExceptionGroup(*args)
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)
    try:
        ExceptionGroup("m", [KeyboardInterrupt()])
    except TypeError as e:
        print("TypeError:", e)
    try:
        raise ExceptionGroup("raised", [ValueError("a")])
    except Exception as e:
        print("caught as Exception:", type(e).__name__, e.exceptions)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(1, ValueError("plain")))
            tg.create_task(fail_after(1, SystemExit(2)))
    except SystemExit as e:
        print("SystemExit is raised alone, not grouped:", e.code)


try:
    asyncio.run(main())
except SystemExit as e:
    # The task's SystemExit also leaves the event loop (CPython's Task re-raises it), after main() handled it.
    print("SystemExit also reached asyncio.run's caller:", e.code)
