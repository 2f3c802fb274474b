# A class made by a metaclass written in Python, used in a process started by fork: the child has its own copy of
# the class and of the metaclass, which keeps working there (its __call__, its methods, its registry), and what the
# child changes does not reach the parent.
import multiprocessing as mp


class Registry(type):
    made = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.made.append(name)

    def __call__(cls, *args):
        instance = super().__call__(*args)
        instance.serial = len(Registry.made)
        return instance

    def describe(cls):
        return "%s by %s" % (cls.__name__, type(cls).__name__)


class Widget(metaclass=Registry):
    def __init__(self, size):
        self.size = size


def child(q):
    class Gadget(Widget):
        pass

    g = Gadget(3)
    q.put((type(Widget).__name__, Widget.describe(), Gadget.describe(), g.size, g.serial, list(Registry.made),
           isinstance(Gadget, Registry), type(Gadget) is type(Widget)))


if __name__ == "__main__":
    mp.set_start_method("fork")
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    print(q.get())
    p.join()
    print(p.exitcode, Registry.made, Widget(1).serial)
