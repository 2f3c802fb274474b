# Arguments and results are copies: a worker's changes never reach the parent's objects; within one
# call, shared references and cycles are kept, as pickling keeps them.
import multiprocessing


def mutate(items):
    items.append("added in worker")
    items[0] = "changed"
    return items


def same_twice(pair):
    a, b = pair
    return a is b, a == b


def make_shared():
    inner = [1, 2]
    return [inner, inner, {"k": inner}]


def make_cycle():
    d = {"name": "loop"}
    d["self"] = d
    lst = [d]
    lst.append(lst)
    return lst


def identity(x):
    return x


if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        original = ["first", "second"]
        returned = pool.apply(mutate, (original,))
        print("parent's list:", original)
        print("returned copy:", returned, returned is original)
        shared = {"x": 1}
        print("same object twice in one call:", pool.apply(same_twice, ((shared, shared),)))
        print("equal but distinct objects:", pool.apply(same_twice, (({"x": 1}, {"x": 1}),)))
        result = pool.apply(make_shared)
        print(result, result[0] is result[1], result[2]["k"] is result[0])
        result[0].append(3)
        print("after appending through one reference:", result)
        cyc = pool.apply(make_cycle)
        print(cyc[0]["self"] is cyc[0], cyc[1] is cyc, cyc[0]["name"])
        values = [None, True, False, 0, -1, 2 ** 100, 1.0, -0.0, float("inf"), "", "text", b"\x00\xff",
                  bytearray(b"ab"), (), (1,), [], {}, set(), frozenset({3}), {1: (2, [3, {4: 5}])}]
        back = pool.apply(identity, (values,))
        print(back == values, back is values)
        for v, w in zip(values, back):
            print(type(w).__name__, repr(w), v == w)
        t = (1, [2])
        back_t = pool.apply(identity, (t,))
        back_t[1].append(3)
        print("tuple holding a list:", t, back_t)
        many = pool.map(identity, [shared] * 3)
        print("across tasks:", many, many[0] is many[1])
