import threading

n = 0
lock = threading.Lock()

def foo():
    global n
    with lock:
        n += 1

def increment():
    global n
    for _ in range(100000):
        with lock:
            n += 1

def two(a, b):
    with a as x, b as y:
        return x + y

def nested_with(r):
    with r:
        with r:
            print("reentrant ok")

def with_return(lock):
    with lock:
        return 1
