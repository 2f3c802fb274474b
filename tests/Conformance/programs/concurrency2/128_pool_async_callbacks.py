# apply_async and map_async: AsyncResult.get/wait/ready/successful, callback and error_callback.
import multiprocessing
import threading

seen = []
seen_lock = threading.Lock()


def record(tag):
    def callback(value):
        with seen_lock:
            seen.append((tag, repr(value)))
    return callback


def slow_square(x):
    total = 0
    for i in range(20000):
        total += i % 3
    return x * x


def fail(x):
    raise ValueError("bad input %r" % (x,))


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        results = [pool.apply_async(slow_square, (i,), callback=record("sq%d" % i)) for i in range(6)]
        print([r.get(timeout=60) for r in results])
        print(all(r.ready() for r in results), all(r.successful() for r in results))
        bad = pool.apply_async(fail, (5,), error_callback=record("err"))
        bad.wait(60)
        print("ready:", bad.ready(), "successful:", bad.successful())
        try:
            bad.get()
        except ValueError as e:
            print("get raised ValueError:", e)
        m = pool.map_async(slow_square, range(5), callback=record("map"))
        print("map_async:", m.get(60))
        sm = pool.starmap_async(pow, [(2, 5), (3, 2)], callback=record("starmap"))
        print("starmap_async:", sm.get(60))
        mb = pool.map_async(fail, [1, 2], error_callback=record("maperr"))
        try:
            mb.get(60)
        except ValueError as e:
            print("map_async raised:", e.args[0][:9])
    with seen_lock:
        for tag, value in sorted(seen):
            if tag == "maperr":
                value = value[:22]
            print(tag, value)
