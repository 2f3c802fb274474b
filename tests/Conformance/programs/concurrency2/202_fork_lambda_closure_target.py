# Under fork the Process object is part of the copied memory, not pickled: a lambda, a closure, a nested
# function or a bound method of an object made in the main block are fine targets. Under spawn the same
# targets must be pickled, which fails in start().
import multiprocessing as mp


def make_greeter(greeting):
    def greet(name):
        print(greeting, name)
    return greet


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.history = []

    def deposit(self, amount):
        self.history.append(amount)
        print(self.owner, "deposits", amount, "history", self.history)


if __name__ == "__main__":
    factor = 6
    acct = Account("ada")
    acct.deposit(1)

    def nested(x):
        print("nested", x * factor)

    targets = [
        (lambda: print("lambda", factor * 7), ()),
        (make_greeter("hello"), ("world",)),
        (nested, (5,)),
        (acct.deposit, (10,)),
    ]
    fork = mp.get_context("fork")
    for target, args in targets:
        p = fork.Process(target=target, args=args)
        p.start()
        p.join()
        print("exit", p.exitcode)
    print("parent history", acct.history)
    spawn = mp.get_context("spawn")
    for target, args in targets[:2]:
        try:
            spawn.Process(target=target, args=args).start()
        except Exception as e:
            print("spawn", type(e).__name__)
