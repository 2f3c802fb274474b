# The same Pool under fork and under spawn: fork workers see what the main block set up before Pool(),
# spawn workers see the module as its top-level code leaves it; the workers are named after the context.
import multiprocessing as mp

registry = {}
MULTIPLIER = 2


def register(name, value):
    registry[name] = value


def compute(x):
    return (x * MULTIPLIER, sorted(registry), mp.current_process().name.rsplit("-", 1)[0])


if __name__ == "__main__":
    register("alpha", 1)
    register("beta", 2)
    MULTIPLIER = 5
    for method in ("fork", "spawn"):
        with mp.get_context(method).Pool(2) as pool:
            results = pool.map(compute, range(4))
        print(method, [r[0] for r in results], sorted(set((tuple(r[1]), r[2]) for r in results)))
    print("parent", sorted(registry), MULTIPLIER)
