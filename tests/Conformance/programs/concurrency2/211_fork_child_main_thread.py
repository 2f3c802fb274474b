# fork(2) copies only the thread that forks: in the child that thread is the main thread, with its name and daemon
# flag, the only thread there, and new threads' names continue the parent's counter.
import multiprocessing as mp
import threading


def report(q):
    t = threading.current_thread()
    m = threading.main_thread()
    extra = threading.Thread(target=len, args=((),))
    q.put((t.name, m.name, t is m, t.daemon, threading.active_count(),
           [x.name for x in threading.enumerate()], extra.name))


def start_from_thread(ctx, q, name):
    def go():
        p = ctx.Process(target=report, args=(q,))
        p.start()
        p.join()
    th = threading.Thread(target=go, name=name)
    th.start()
    th.join()


if __name__ == "__main__":
    fork = mp.get_context("fork")
    q = fork.SimpleQueue()
    p = fork.Process(target=report, args=(q,))
    p.start()
    p.join()
    print("forked by the main thread:", q.get())
    start_from_thread(fork, q, "starter")
    print("forked by a thread:", q.get())
    th = threading.Thread(target=start_from_thread, args=(fork, q, "inner"), daemon=True)
    th.start()
    th.join()
    print("forked by a thread a daemon thread started:", q.get())
    spawn = mp.get_context("spawn")
    q2 = spawn.SimpleQueue()
    start_from_thread(spawn, q2, "spawner")
    print("spawned by a thread:", q2.get())
