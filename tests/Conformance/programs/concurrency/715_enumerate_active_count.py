# active_count() and enumerate() while threads are parked on an Event, and after they end.
import threading

release = threading.Event()
parked = threading.Semaphore(0)


def park():
    parked.release()
    release.wait()


print("start:", threading.active_count(), [t.name for t in threading.enumerate()])
threads = [threading.Thread(target=park, name="parked-%d" % i) for i in range(5)]
for t in threads:
    t.start()
for _ in threads:
    parked.acquire()
print("while parked:", threading.active_count())
names = sorted(t.name for t in threading.enumerate())
print("enumerate:", names)
print("all alive:", all(t.is_alive() for t in threads))
print("main listed:", threading.main_thread() in threading.enumerate())
release.set()
for t in threads:
    t.join()
print("after join:", threading.active_count(), [t.name for t in threading.enumerate()])
print("none alive:", any(t.is_alive() for t in threads))

not_started = threading.Thread(target=park, name="never")
print("not started is not listed:", not_started not in threading.enumerate(), threading.active_count())

counts = []


def count_inside():
    counts.append(threading.active_count())


t = threading.Thread(target=count_inside)
t.start()
t.join()
print("count seen from inside a thread:", counts)
print(type(threading.enumerate()).__name__)
