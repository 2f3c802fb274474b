# A fork child starts from a copy of the parent's globals at start(): what the parent changed in its
# `if __name__ == "__main__":` block is seen there; a spawn child runs the module again and sees the values
# the top-level code computes.
import multiprocessing as mp

LOADED_AS = __name__
counter = 1
settings = {"mode": "default", "items": [1, 2]}


class Config:
    level = 1


def report(tag):
    print(tag, LOADED_AS, __name__, counter, settings, Config.level)


if __name__ == "__main__":
    counter = 42
    settings["mode"] = "changed by the parent"
    settings["items"].append(3)
    Config.level = 99
    for method in ("fork", "spawn"):
        p = mp.get_context(method).Process(target=report, args=(method,))
        p.start()
        p.join()
        print(method, "exit", p.exitcode)
    report("parent")
