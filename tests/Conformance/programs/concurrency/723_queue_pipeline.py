# A three-stage pipeline: parse -> square -> format, each stage a thread, queues between them.
import threading
import queue

STOP = object()
raw = queue.Queue()
parsed = queue.Queue(maxsize=5)
squared = queue.Queue(maxsize=5)
final = []


def stage(src, dst, fn):
    while True:
        item = src.get()
        if item is STOP:
            dst.put(STOP)
            break
        dst.put(fn(item))


def sink():
    while True:
        item = squared.get()
        if item is STOP:
            break
        final.append(item)


threads = [
    threading.Thread(target=stage, args=(raw, parsed, int), name="parse"),
    threading.Thread(target=stage, args=(parsed, squared, lambda n: (n, n * n)), name="square"),
    threading.Thread(target=sink, name="sink"),
]
for t in threads:
    t.start()
for text in ["3", "1", "4", "1", "5", "9", "2", "6", "5", "3", "5", "8", "9", "7"]:
    raw.put(text)
raw.put(STOP)
for t in threads:
    t.join()
print("order kept through one-thread stages:", [n for n, _ in final])
print("squares:", [s for _, s in final])
print("sum:", sum(s for _, s in final))
print("queues empty:", raw.empty(), parsed.empty(), squared.empty())
print("stage names:", [t.name for t in threads])
