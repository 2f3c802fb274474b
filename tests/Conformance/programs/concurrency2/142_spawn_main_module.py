# The spawn start method runs the main module again in each child as __mp_main__: top-level code runs
# there (module constants are recomputed), the `if __name__ == "__main__":` block does not, so what the
# parent changes in it is not seen by a spawned child.
import multiprocessing

LOADED_AS = __name__
TABLE = {n: n * n for n in range(5)}
settings = {"mode": "default"}


def report(_):
    return LOADED_AS, sorted(TABLE.items())[:3], settings["mode"]


def module_name(_):
    return __name__


class Config:
    level = 1


def config_level(_):
    return Config.level


if __name__ == "__main__":
    settings["mode"] = "changed by the parent"
    Config.level = 99
    ctx = multiprocessing.get_context("spawn")
    print(ctx.get_start_method())
    with ctx.Pool(2) as pool:
        for row in pool.map(report, range(2)):
            print(row)
        print(pool.map(module_name, range(2)))
        print(pool.map(config_level, range(2)))
    print("parent:", LOADED_AS, settings["mode"], Config.level)
    p = ctx.Process(target=report, args=(0,))
    p.start()
    p.join()
    print(type(p).__name__, p.exitcode)
