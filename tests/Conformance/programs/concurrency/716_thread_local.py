# threading.local: each thread sees its own attributes; the main thread's are untouched.
import threading

data = threading.local()
data.name = "main"
data.items = [0]
report = {}
lock = threading.Lock()


def worker(n):
    print_missing = not hasattr(data, "name")
    data.name = "worker-%d" % n
    data.items = []
    for i in range(n + 1):
        data.items.append(i * n)
    with lock:
        report[n] = (print_missing, data.name, list(data.items))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in sorted(report):
    print(n, report[n])
print("main still sees:", data.name, data.items)

try:
    data.missing
except AttributeError as e:
    print("AttributeError for a name this thread never set")

other = threading.local()
other.x = 1


def check():
    with lock:
        report["other"] = getattr(other, "x", "absent")
    other.x = 2


t = threading.Thread(target=check)
t.start()
t.join()
print(report["other"], other.x)
del other.x
print("after del:", hasattr(other, "x"))
print(type(data).__name__)
