# threading.excepthook: a custom hook receives exc_type, exc_value, exc_traceback and the thread.
import threading

caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, args.exc_traceback is None))


print("default hook is the original:", threading.excepthook is threading.__excepthook__)
threading.excepthook = hook


def fail(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "key":
        {}["missing"]
    if kind == "zero":
        return 1 // 0
    raise RuntimeError(kind)


for kind in ["value", "key", "zero", "other"]:
    t = threading.Thread(target=fail, args=(kind,), name="fail-" + kind)
    t.start()
    t.join()
    print("thread ended, alive:", t.is_alive())
for entry in caught:
    print(entry[0], entry[1], entry[2])


def quits():
    raise SystemExit(3)


t = threading.Thread(target=quits, name="quitter")
t.start()
t.join()
print("SystemExit goes to the hook too:", caught[-1][0], caught[-1][2])


def broken_hook(args):
    raise TypeError("hook failed")


threading.excepthook = threading.__excepthook__
print("restored:", threading.excepthook is threading.__excepthook__)
print("main thread goes on after", len(caught), "failures")
