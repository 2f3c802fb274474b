# A fork child's globals() is its own module namespace, live like the parent's: a global the parent holds
# the dict in is the child's dict, so a write through it binds the child's variable (and not the parent's).
import multiprocessing as mp

g = globals()
x = 1


def child():
    g["x"] = 5
    print("child:", x, g is globals(), g["x"])
    global y
    y = "set in the child"
    print("child sees y in g:", g["y"])


if __name__ == "__main__":
    p = mp.get_context("fork").Process(target=child)
    p.start()
    p.join()
    print("parent:", x, "y" in g, p.exitcode)
