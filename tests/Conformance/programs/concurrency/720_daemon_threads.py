# Daemon threads: the flag, its inheritance, errors, and that the program does not wait for them at exit.
import threading

forever = threading.Event()


def sleeper():
    forever.wait()
    print("never printed: the program ends without waiting for a daemon")


d = threading.Thread(target=sleeper, daemon=True, name="daemon-1")
print("daemon:", d.daemon)
d.start()
print("alive:", d.is_alive())
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)

inherited = {}


def spawn_child():
    child = threading.Thread(target=lambda: None)
    inherited["child of daemon"] = child.daemon


p = threading.Thread(target=spawn_child, daemon=True)
p.start()
p.join()
child = threading.Thread(target=lambda: None)
inherited["child of main"] = child.daemon
print(sorted(inherited.items()))

n = threading.Thread(target=lambda: None)
n.daemon = True
print("set before start:", n.daemon)
n.start()
n.join()
print("main thread is not a daemon:", threading.main_thread().daemon)
print("daemon still parked:", d.is_alive(), threading.active_count())

results = []


def slow_normal():
    total = 0
    for i in range(20000):
        total += i
    results.append(total)


normal = threading.Thread(target=slow_normal)
normal.start()
# Not joined: a non-daemon thread is waited for when the main module ends, so its work completes,
# but its result is not printed here because that would race with this print.
print("end of main module")
