# Thread names (default "Thread-N (target)"), ident, native_id, name changes, repr states.
import threading

main = threading.current_thread()
print(main.name, main is threading.main_thread(), main.daemon)
print("main ident is get_ident:", main.ident == threading.get_ident())
print("native id is an int:", isinstance(threading.get_native_id(), int))
print("main native id:", main.native_id == threading.get_native_id())

seen = {}


def job():
    me = threading.current_thread()
    seen[me.name] = (me.ident == threading.get_ident(), me.native_id == threading.get_native_id(), me.is_alive())


t = threading.Thread(target=job, name="worker-A")
print("before start:", t.ident, t.native_id, t.is_alive(), t.name)
t.start()
t.join()
print("after join:", t.is_alive(), t.ident is not None, t.native_id is not None)
print("seen:", seen)

t.name = "renamed"
print("renamed:", t.name)

threads = [threading.Thread(target=job) for _ in range(3)]
print("default names look like Thread-N (job):",
      all(th.name.startswith("Thread-") and th.name.endswith(" (job)") for th in threads))
numbers = [int(th.name.split("-")[1].split(" ")[0]) for th in threads]
print("consecutive numbers:", numbers[1] - numbers[0], numbers[2] - numbers[1])
for th in threads:
    th.start()
for th in threads:
    th.join()
print("each saw itself:", sorted(v for v in seen.values()))

idents = set()
lock = threading.Lock()


def grab():
    with lock:
        idents.add(threading.get_ident())


running = threading.Barrier(4)


def grab_together():
    running.wait()
    grab()


group = [threading.Thread(target=grab_together) for _ in range(4)]
for g in group:
    g.start()
for g in group:
    g.join()
print("distinct idents while alive together:", len(idents))


class Named(threading.Thread):
    def run(self):
        seen["subclass"] = self.name


n = Named(name="custom")
n.start()
n.join()
print(seen["subclass"], repr(n).startswith("<Named(custom, stopped"))
print(repr(threading.Thread(name="fresh")))
