# A two-stage pipeline: a pool of parsers feeds a queue drained by a consumer thread.
from concurrent.futures import ThreadPoolExecutor, wait
import queue
import threading

records = ["%d,%s,%d" % (i, "item%02d" % i, (i * 37) % 11) for i in range(20)]
parsed = queue.Queue()
totals = {}


def parse(line):
    ident, name, score = line.split(",")
    item = (int(ident), name, int(score))
    parsed.put(item)
    return item[0]


def consume():
    while True:
        item = parsed.get()
        if item is None:
            parsed.task_done()
            return
        ident, name, score = item
        bucket = "even" if ident % 2 == 0 else "odd"
        totals[bucket] = totals.get(bucket, 0) + score
        parsed.task_done()


consumer = threading.Thread(target=consume, name="consumer")
consumer.start()
with ThreadPoolExecutor(max_workers=4, thread_name_prefix="parser") as pool:
    futures = [pool.submit(parse, line) for line in records]
    done, not_done = wait(futures)
    print(len(done), len(not_done))
    print([f.result() for f in futures])
parsed.join()
parsed.put(None)
consumer.join()
print(sorted(totals.items()))
print(sum(int(r.split(",")[2]) for r in records) == sum(totals.values()))
print(parsed.empty(), parsed.qsize())
