# fork copies the whole object graph of the parent's globals: shared references stay shared, cycles stay
# cycles, class attributes and closures keep the values they have at start(), default arguments too.
import multiprocessing as mp


class Node:
    count = 0

    def __init__(self, name):
        self.name = name
        self.links = []
        Node.count += 1

    def __repr__(self):
        return "Node(%s->%s)" % (self.name, [n.name for n in self.links])


def make_counter():
    n = 0

    def tick():
        nonlocal n
        n += 1
        return n
    return tick


def append_to(x, bucket=[]):
    bucket.append(x)
    return bucket


shared = [1, 2, 3]
pair = (shared, shared)
a, b = Node("a"), Node("b")
a.links.append(b)
b.links.append(a)
tick = make_counter()
frozen = frozenset({"x", "y"})
raw = bytearray(b"abc")


def child():
    print("shared", pair[0] is pair[1], pair[0] is shared, shared)
    print("cycle", a, b, a.links[0] is b, b.links[0] is a, a.links[0].links[0] is a)
    print("class attribute", Node.count, type(a) is Node)
    print("closure", tick(), tick())
    print("default", append_to("child"))
    print("others", sorted(frozen), raw, isinstance(a, Node))
    shared.append("child")
    print("child shared", pair)


if __name__ == "__main__":
    shared.append(4)
    Node("c")
    tick()
    tick()
    append_to("parent")
    raw.extend(b"d")
    p = mp.get_context("fork").Process(target=child)
    p.start()
    p.join()
    print("parent", pair, tick(), append_to("parent2"), p.exitcode)
