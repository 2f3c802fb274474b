# Under fork a Pool's and a ProcessPoolExecutor's initializer and initargs reach the workers with the copy of the
# parent, unpickled, so a lambda or a local function works as the initializer; spawn and forkserver pickle them and
# refuse a local object with pickle's error, raised where the workers start.
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

config = {}


def get_base(x):
    return config["base"] + x


def main():
    offset = 100

    def local_init(n):
        config["base"] = n + offset

    for method in ("fork", "spawn", "forkserver"):
        ctx = mp.get_context(method)
        try:
            with ctx.Pool(2, initializer=lambda: config.update(base=7)) as pool:
                print(method, "pool, lambda initializer:", pool.map(get_base, [1, 2]))
        except Exception as e:
            print(method, "pool, lambda initializer:", type(e).__name__, e)
        try:
            with ctx.Pool(1, initializer=local_init, initargs=(5,)) as pool:
                print(method, "pool, local initializer:", pool.apply(get_base, (1,)))
        except Exception as e:
            print(method, "pool, local initializer:", type(e).__name__, e)
        try:
            with ProcessPoolExecutor(1, mp_context=ctx, initializer=local_init, initargs=(9,)) as ex:
                print(method, "executor, local initializer:", ex.submit(get_base, 1).result())
        except Exception as e:
            print(method, "executor, local initializer:", type(e).__name__, e)
    print("parent's config:", config)


if __name__ == "__main__":
    main()
