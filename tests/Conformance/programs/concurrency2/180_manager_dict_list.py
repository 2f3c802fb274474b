# Manager(): a dict, a list and a Value held by the manager process, used by several processes through proxies.
import multiprocessing as mp


def record(shared, log, key, n):
    for i in range(n):
        shared[f"{key}{i}"] = i * i
    log.append(key)


def count_locked(shared, lock, n):
    for _ in range(n):
        with lock:
            shared["hits"] = shared["hits"] + 1


def bump_value(v, lock, n):
    for _ in range(n):
        with lock:
            v.value += 1


def pool_task(args):
    shared, k = args
    shared[k] = k * 10
    return k


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


if __name__ == "__main__":
    with mp.Manager() as manager:
        d = manager.dict()
        log = manager.list()
        procs = [mp.Process(target=record, args=(d, log, key, 3)) for key in "ab"]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print("dict from processes:", sorted(d.items()))
        print("list from processes:", sorted(log), len(log))
        print("keys/values:", sorted(d.keys()), sorted(d.values()))
        print("copy is a plain dict:", type(d.copy()).__name__, len(d), "a1" in d, "zz" in d)
        print("get/setdefault/pop:", d.get("a2"), d.get("zz", "none"), d.setdefault("c", 7), d.pop("c"))
        show("missing key:", lambda: d["zz"])
        d.update({"x": 1}, y=2)
        del d["a0"]
        print("after update and del:", sorted(d.keys()))
        print("iteration:", sorted(k for k in d))

        d["hits"] = 0
        lock = manager.Lock()
        procs = [mp.Process(target=count_locked, args=(d, lock, 50)) for _ in range(3)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print("locked increments:", d["hits"])

        v = manager.Value('i', 0)
        procs = [mp.Process(target=bump_value, args=(v, lock, 40)) for _ in range(2)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print("managed Value:", v.value, v.get())
        v.set(-1)
        print("after set:", v.value)

        nums = manager.list([5, 3, 8])
        nums.append(1)
        nums.extend([9, 2])
        nums.sort()
        print("list ops:", nums[:], nums[0], nums[-1], len(nums), nums.index(8), nums.count(3), 8 in nums)
        nums.reverse()
        nums.insert(0, 100)
        print("popped:", nums.pop(), nums.pop(0), "rest:", list(nums))
        nums += [7, 7]
        print("+= keeps the proxy:", type(nums).__name__, nums.count(7), nums + [0])
        show("remove missing:", lambda: nums.remove(42))
        show("index out of range:", lambda: nums[99])

        results = manager.dict()
        with mp.Pool(2) as pool:
            done = pool.map(pool_task, [(results, k) for k in range(5)])
        print("pool tasks:", done, sorted(results.items()))

        nested = manager.dict()
        nested["inner"] = manager.list([1, 2])
        inner = nested["inner"]
        inner.append(3)
        print("proxy inside a managed dict:", type(inner).__name__, inner[:])
