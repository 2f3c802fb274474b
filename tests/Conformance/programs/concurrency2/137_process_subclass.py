# A Process subclass overrides run(); the child runs a copy of the object, so attributes set before
# start() are there, and what the child changes stays in the child (the exit code carries a result).
import multiprocessing
import sys


class Summer(multiprocessing.Process):
    def __init__(self, numbers, modulus):
        super().__init__()
        self.numbers = numbers
        self.modulus = modulus
        self.touched = False

    def run(self):
        self.touched = True
        sys.exit(sum(self.numbers) % self.modulus)


class Checker(multiprocessing.Process):
    def __init__(self, expected_name):
        super().__init__(name=expected_name)
        self.expected_name = expected_name

    def run(self):
        me = multiprocessing.current_process()
        ok = me.name == self.expected_name and me.name == self.name
        sys.exit(0 if ok else 1)


class Plain(multiprocessing.Process):
    pass


if __name__ == "__main__":
    jobs = [Summer(list(range(n)), 97) for n in (5, 50, 500)]
    for j in jobs:
        j.start()
    for j in jobs:
        j.join()
    print([j.exitcode for j in jobs], [sum(range(n)) % 97 for n in (5, 50, 500)])
    print("parent's copies untouched:", [j.touched for j in jobs])
    c = Checker("checker-1")
    c.start()
    c.join()
    print("child saw its own name:", c.exitcode == 0)
    p = Plain()
    print(type(p).__name__, p.name.startswith("Plain-"))
    p.start()
    p.join()
    print("no target:", p.exitcode)
    print(isinstance(p, multiprocessing.Process), issubclass(Summer, multiprocessing.Process))
