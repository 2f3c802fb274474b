# An ABC that also derives from a collections.abc ABC: both kinds of abstract method are reported; a fork child
# copies the ABCs as they are (metaclass and abstract methods), so it refuses the same class and makes new ones.
import abc
from collections.abc import Iterable, Sized
import multiprocessing as mp


class Bag(abc.ABC, Sized):
    @abc.abstractmethod
    def add(self, x): ...


class ListBag(Bag):
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)

    def __len__(self):
        return len(self.items)


class NoLen(Bag):
    def add(self, x):
        pass


try:
    NoLen()
except TypeError as e:
    print("TypeError:", e)
b = ListBag()
b.add(1)
print(len(b), isinstance(b, Sized), isinstance(b, Bag), issubclass(ListBag, Iterable))


# One registry for both kinds: a class registered through collections.abc's register (found first along the
# MRO) is a virtual subclass of the ABCMeta class too, and of the collections.abc class.
class Registered:
    pass


Bag.register(Registered)
print(issubclass(Registered, Bag), issubclass(Registered, Sized), isinstance(Registered(), Bag))


def child(q):
    class Local(Bag):
        def add(self, x): pass
        def __len__(self): return 0
    try:
        NoLen()
    except TypeError as e:
        q.put(("child", str(e), type(Bag).__name__, len(Local())))


if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    print(q.get())
    p.join()
    print(p.exitcode)
