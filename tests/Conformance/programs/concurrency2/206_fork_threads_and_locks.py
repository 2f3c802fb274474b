# fork copies only the thread that calls it: in the child, current_thread() is the main thread and the only
# one; locks keep their state: one held by another thread at fork time stays held in the child, one the
# forking thread held is still held (an RLock still owned by it), a free one is free.
import multiprocessing as mp
import threading

free_lock = threading.Lock()
held_by_other = threading.Lock()
held_by_me = threading.Lock()
rlock = threading.RLock()


def child():
    me = threading.current_thread()
    print("child thread", me.name, me is threading.main_thread(), threading.active_count())
    print("free", free_lock.locked(), free_lock.acquire(timeout=0.05))
    print("held by other", held_by_other.locked(), held_by_other.acquire(timeout=0.05))
    print("held by me", held_by_me.locked())
    held_by_me.release()
    print("released", held_by_me.locked())
    rlock.release()
    rlock.release()
    try:
        rlock.release()
    except RuntimeError as e:
        print("RuntimeError", e)


if __name__ == "__main__":
    taken = threading.Event()
    finish = threading.Event()

    def holder():
        with held_by_other:
            taken.set()
            finish.wait()

    t = threading.Thread(target=holder, name="holder")
    t.start()
    taken.wait()
    held_by_me.acquire()
    rlock.acquire()
    rlock.acquire()
    print("parent threads", threading.active_count())
    p = mp.get_context("fork").Process(target=child)
    p.start()
    p.join()
    print("exit", p.exitcode)
    finish.set()
    t.join()
    print("parent", held_by_other.locked(), held_by_me.locked())
