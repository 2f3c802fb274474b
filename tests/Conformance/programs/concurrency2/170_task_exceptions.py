# Exceptions out of tasks: kinds, attributes, chaining, re-raised by await/result/gather.
import asyncio


class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code


async def level3(kind):
    await asyncio.sleep(0)
    if kind == "app":
        raise AppError(404, "not found")
    if kind == "zero":
        return 1 / 0
    if kind == "key":
        return {}["missing"]
    if kind == "chained":
        try:
            int("x")
        except ValueError as e:
            raise RuntimeError("wrapped") from e
    if kind == "context":
        try:
            [].pop()
        except IndexError:
            raise LookupError("while handling")
    if kind == "exit":
        raise SystemExit(3)
    return "fine"


async def level2(kind):
    return await level3(kind)


async def level1(kind):
    return await level2(kind)


async def main():
    for kind in ("app", "zero", "key", "chained", "context", "fine"):
        t = asyncio.create_task(level1(kind), name=f"t-{kind}")
        try:
            r = await t
            print(kind, "-> result", r)
        except Exception as e:
            print(kind, "->", type(e).__name__, e.args)
            print("   same object from the task:", t.exception() is e)
            if e.__cause__ is not None:
                print("   cause:", type(e.__cause__).__name__, e.__cause__)
            if e.__context__ is not None:
                print("   context:", type(e.__context__).__name__)
            if isinstance(e, AppError):
                print("   code attribute:", e.code)

    t = asyncio.create_task(level1("zero"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("done without being awaited:", t.done(), type(t.exception()).__name__)

    results = await asyncio.gather(level1("key"), level1("fine"), level1("app"), return_exceptions=True)
    print("gathered:", [type(r).__name__ if isinstance(r, BaseException) else r for r in results])

    try:
        await asyncio.gather(level1("fine"), level1("chained"))
    except RuntimeError as e:
        print("gather raised:", e, "from", type(e.__cause__).__name__)

    async def handler():
        try:
            await level1("app")
        except AppError as e:
            return f"handled {e.code}"

    print(await asyncio.create_task(handler()))

    async def reraiser():
        try:
            await level1("zero")
        except ZeroDivisionError as e:
            raise ValueError("re-raised") from e

    try:
        await reraiser()
    except ValueError as e:
        print("chain:", e, "<-", type(e.__cause__).__name__)

    try:
        await asyncio.create_task(level1("exit"))
    except SystemExit as e:
        print("SystemExit passes through a task:", e.code)


try:
    asyncio.run(main())
except SystemExit as e:
    print("asyncio.run let SystemExit out:", e.code)
