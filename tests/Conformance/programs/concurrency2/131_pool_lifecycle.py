# Pool states: RUN, CLOSE after close(), TERMINATE after terminate() or the with block; join's rules.
import multiprocessing


def double(x):
    return 2 * x


def state(pool):
    r = repr(pool)
    return r[r.index("state="):]


if __name__ == "__main__":
    pool = multiprocessing.Pool(2)
    print(state(pool))
    print(pool.map(double, range(5)))
    try:
        pool.join()
    except ValueError as e:
        print("join while running:", e)
    pending = pool.map_async(double, range(10))
    pool.close()
    print(state(pool))
    print("work queued before close still runs:", pending.get(60))
    try:
        pool.apply(double, (1,))
    except ValueError as e:
        print("apply after close:", e)
    pool.join()
    print("joined")
    pool.close()
    print("closing twice is fine:", state(pool))

    pool = multiprocessing.Pool(processes=3)
    print(state(pool))
    print(pool.map(double, [1, 2, 3]))
    pool.terminate()
    print(state(pool))
    pool.join()
    print("terminated and joined")
    try:
        pool.imap(double, [1])
    except ValueError as e:
        print("imap after terminate:", e)

    with multiprocessing.Pool(1) as p:
        print(state(p), p.apply(double, (21,)))
    print(state(p))
    try:
        with p:
            pass
    except ValueError as e:
        print("entering a finished pool:", e)
    for bad in (0, -1):
        try:
            multiprocessing.Pool(bad)
        except ValueError as e:
            print("Pool(%d):" % bad, e)
    try:
        multiprocessing.Pool(1, initializer=5)
    except TypeError as e:
        print("TypeError:", e)
