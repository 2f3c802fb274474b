# While a spawned child re-runs the main module as __mp_main__, it has no parent process yet and its
# current_process() is the main process object under the child's name; parent_process() is set when the child
# starts running its target (or its pool work). A fork child's copied globals keep what the parent saw.
import multiprocessing as mp

at_import = mp.parent_process()
current_at_import = mp.current_process()
if __name__ == "__mp_main__":
    print("re-run: parent", at_import, "current", current_at_import.name,
          type(current_at_import).__name__, current_at_import._identity, flush=True)


def child(q):
    pp = mp.parent_process()
    q.put(("child", pp.name, at_import is None, mp.current_process().name,
           current_at_import.name, type(current_at_import).__name__))


def init():
    global seen
    seen = mp.parent_process()


def task(x):
    return (x, seen.name, mp.parent_process().name, at_import is None, mp.current_process().name)


if __name__ == "__main__":
    for method in ("spawn", "forkserver", "fork"):
        ctx = mp.get_context(method)
        q = ctx.SimpleQueue()
        p = ctx.Process(target=child, args=(q,))
        p.start()
        print(method, q.get())
        p.join()
        with ctx.Pool(1, initializer=init) as pool:
            print(method, pool.map(task, [1]))
