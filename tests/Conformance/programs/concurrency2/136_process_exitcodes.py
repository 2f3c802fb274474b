# A child's exit code: 0 when run() returns, sys.exit's code, 1 for a message, os._exit's status;
# terminate() gives -15.
import multiprocessing
import os
import sys
import time


def returns():
    return 42


def exits(code):
    sys.exit(code)


def hard_exit(code):
    os._exit(code)


def spin():
    while True:
        time.sleep(0.01)


def run(target, *args):
    p = multiprocessing.Process(target=target, args=args)
    p.start()
    p.join()
    return p.exitcode


if __name__ == "__main__":
    print("return value ignored:", run(returns))
    for code in (0, 1, 2, 7, 255, None, True, False):
        print("sys.exit(%r) ->" % (code,), run(exits, code))
    for code in (0, 3, 100):
        print("os._exit(%d) ->" % code, run(hard_exit, code))
    p = multiprocessing.Process(target=spin)
    p.start()
    print("alive before terminate:", p.is_alive())
    p.terminate()
    p.join(60)
    print("after terminate:", p.exitcode, p.is_alive())
    r = repr(p)
    print(r[r.index("stopped"):])
    q = multiprocessing.Process(target=spin)
    q.start()
    q.join(timeout=0.05)
    print("join with a timeout returns while it runs:", q.exitcode, q.is_alive())
    q.kill()
    q.join()
    print("killed:", q.exitcode, q.is_alive())
