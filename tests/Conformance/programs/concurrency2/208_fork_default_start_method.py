# On Linux the default start method is fork: multiprocessing.Process, Pool and ProcessPoolExecutor without a
# context start children that see the parent's state at start, and a lambda target works.
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

state = {"stage": "initial"}


def read_stage(_=None):
    return state["stage"]


def show():
    print("process sees", read_stage())


if __name__ == "__main__":
    state["stage"] = "configured"
    print(mp.get_start_method())
    p = mp.Process(target=show)
    p.start()
    p.join()
    print(type(p).__name__, p.exitcode)
    p = mp.Process(target=lambda: print("lambda sees", state["stage"]))
    p.start()
    p.join()
    with mp.Pool(2) as pool:
        print("pool sees", pool.map(read_stage, range(3)))
    with ProcessPoolExecutor(max_workers=2) as ex:
        print("executor sees", list(ex.map(read_stage, range(3))))
    state["stage"] = "changed after the pools"
    q = mp.Process(target=show)
    q.start()
    q.join()
