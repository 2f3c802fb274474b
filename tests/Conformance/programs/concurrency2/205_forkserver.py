# forkserver: the children are not copies of the parent. In CPython 3.11 and 3.12 each child imports the main
# module again as __mp_main__ (the server's preload of __main__ does not take effect), so it sees the module as
# its top-level code leaves it, not the parent's changes, and that code ran in the child itself (SERVER_PID is
# the child's own pid), as under spawn; the start method and the process classes say forkserver.
import multiprocessing as mp
import os

LOADED_AS = __name__
SERVER_PID = os.getpid()
flag = "top-level value"


def report(_=None):
    return (LOADED_AS, __name__, flag, SERVER_PID != os.getpid(), SERVER_PID)


def show(q_name):
    loaded, name, value, ran_elsewhere, _ = report()
    print(q_name, loaded, name, value, ran_elsewhere, mp.current_process().name.split("-")[0])


if __name__ == "__main__":
    flag = "changed by the parent"
    ctx = mp.get_context("forkserver")
    print(ctx.get_start_method(), type(ctx).__name__)
    for i in range(3):
        p = ctx.Process(target=show, args=("process",))
        p.start()
        p.join()
        print("exit", p.exitcode)
    with ctx.Pool(2) as pool:
        rows = pool.map(report, range(4))
    print(sorted(set(row[:4] for row in rows)))
    with mp.get_context("spawn").Pool(2) as pool:
        spawn_rows = pool.map(report, range(4))
    print(sorted(set(row[:4] for row in spawn_rows)))
    print("no worker ran the parent's top level:", all(row[4] != SERVER_PID for row in rows))
    print("parent", flag)
