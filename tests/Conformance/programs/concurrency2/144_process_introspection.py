# cpu_count, current_process, parent_process and active_children seen from the parent and the children.
import multiprocessing
import os
import sys


def child_view(expected_name):
    me = multiprocessing.current_process()
    parent = multiprocessing.parent_process()
    ok = (me.name == expected_name and parent is not None and parent.name == "MainProcess"
          and parent.pid == os.getppid() and me.pid == os.getpid() and multiprocessing.active_children() == [])
    sys.exit(0 if ok else 1)


def waiter():
    pass


if __name__ == "__main__":
    print(multiprocessing.cpu_count() == os.cpu_count(), multiprocessing.cpu_count() >= 1)
    me = multiprocessing.current_process()
    print(me.name, me.pid == os.getpid(), me.is_alive(), me.daemon)
    print(multiprocessing.parent_process())
    print(multiprocessing.active_children())
    p = multiprocessing.Process(target=child_view, args=("viewer",), name="viewer")
    p.start()
    p.join()
    print("child's view was right:", p.exitcode == 0)
    print(multiprocessing.active_children())
    procs = [multiprocessing.Process(target=waiter) for _ in range(3)]
    for q in procs:
        q.start()
    for q in procs:
        q.join()
    print(len(multiprocessing.active_children()), [q.exitcode for q in procs])
    print(repr(me).startswith("<_MainProcess name='MainProcess'"))
    print(isinstance(me, multiprocessing.process.BaseProcess))
