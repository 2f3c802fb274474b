# multiprocessing.Array and RawArray shared by processes: disjoint slices, a pool initializer, char arrays.
import multiprocessing as mp


def fill_squares(arr, start, stop):
    for i in range(start, stop):
        arr[i] = i * i


def scale(arr, factor):
    with arr.get_lock():
        for i in range(len(arr)):
            arr[i] = arr[i] * factor


_shared = None


def init_worker(arr):
    global _shared
    _shared = arr


def mark(i):
    _shared[i] = _shared[i] + 100 + i
    return i


def shout(buf):
    with buf.get_lock():
        buf.value = buf.value.upper()


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


if __name__ == "__main__":
    arr = mp.Array('i', 10)
    print("zeros:", arr[:], len(arr), type(arr).__name__)
    procs = [mp.Process(target=fill_squares, args=(arr, k * 5, k * 5 + 5)) for k in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("squares:", arr[:])
    print("slices:", arr[2:5], arr[::3], arr[-3:], arr[::-4])
    print("index -1:", arr[-1], "list():", list(arr)[:4], "sum:", sum(arr))

    doubles = mp.Array('d', [0.5, 1.5, 2.5])
    p = mp.Process(target=scale, args=(doubles, 4))
    p.start()
    p.join()
    print("scaled doubles:", doubles[:], p.exitcode)

    counts = mp.Array('l', 6)
    with mp.Pool(2, initializer=init_worker, initargs=(counts,)) as pool:
        print("pool returned:", sorted(pool.map(mark, range(6))))
    print("marked by the pool's workers:", counts[:])

    arr[0:3] = [7, 8, 9]
    print("slice assigned:", arr[:4])
    show("wrong size:", lambda: arr.__setitem__(slice(0, 3), [1, 2]))
    show("index 10:", lambda: arr[10])
    show("index -11:", lambda: arr[-11])
    show("float item:", lambda: arr.__setitem__(0, 1.5))
    show("bad typecode:", lambda: mp.Array('z', 3))
    arr[1] = 2 ** 33 + 5
    print("int wraps to 32 bits:", arr[1])

    buf = mp.Array('c', b"hello world")
    p = mp.Process(target=shout, args=(buf,))
    p.start()
    p.join()
    print("char array:", buf.value, buf[0], buf[:5], len(buf))
    buf.value = b"hi"
    print("shorter value:", buf.value, buf.raw)
    show("too long:", lambda: setattr(buf, "value", b"x" * 20))

    raw = mp.RawArray('H', [1, 2, 65535])
    raw[0] = -1
    print("raw unsigned short:", raw[:], "has get_lock:", hasattr(raw, "get_lock"))
    unlocked = mp.Array('i', [3, 1, 2], lock=False)
    print("lock=False:", unlocked[:], hasattr(unlocked, "get_lock"))
    lk = mp.Lock()
    with_lock = mp.Array('i', 2, lock=lk)
    print("given lock:", with_lock.get_lock() is lk)
    show("lock without acquire:", lambda: mp.Array('i', 2, lock="nope"))
