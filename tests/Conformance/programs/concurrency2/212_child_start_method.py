# A child's get_start_method(): a spawned child re-running the main module has the parent's (spawn's preparation
# data carries it, and asking for it sets the parent's default), then a process of a context forces its context's
# method; a fork child has the parent's; pool workers have their pool's.
import multiprocessing as mp

if __name__ == "__mp_main__":
    print("re-run of the main module sees", mp.get_start_method(allow_none=True), flush=True)


def report(q):
    q.put((mp.get_start_method(allow_none=True), mp.get_context().get_start_method()))


def pool_method(x):
    return mp.get_start_method(allow_none=True)


if __name__ == "__main__":
    print("parent at first:", mp.get_start_method(allow_none=True))
    spawn = mp.get_context("spawn")
    q2 = spawn.SimpleQueue()
    p = spawn.Process(target=report, args=(q2,))
    p.start()
    p.join()
    print("spawn context's process:", q2.get())
    print("parent now:", mp.get_start_method(allow_none=True))
    fork = mp.get_context("fork")
    q = fork.SimpleQueue()
    p = fork.Process(target=report, args=(q,))
    p.start()
    p.join()
    print("fork context's process:", q.get())
    p = mp.Process(target=report, args=(q,))
    p.start()
    p.join()
    print("default process:", q.get())
    with spawn.Pool(1) as pool:
        print("spawn pool:", pool.map(pool_method, [1]))
    with fork.Pool(1) as pool:
        print("fork pool:", pool.map(pool_method, [1]))
    fs = mp.get_context("forkserver")
    q3 = fs.SimpleQueue()
    p = fs.Process(target=report, args=(q3,))
    p.start()
    p.join()
    print("forkserver context's process:", q3.get())
