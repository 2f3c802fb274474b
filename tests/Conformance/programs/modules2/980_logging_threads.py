# logging from several threads through one shared handler: %(threadName)s names each thread as 3.12 does.
import io
import logging
import threading

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter('%(threadName)s | %(name)s | %(levelname)s | %(message)s'))
log = logging.getLogger('app')
log.propagate = False
log.setLevel(logging.DEBUG)
log.addHandler(handler)

def worker(n, ready, done):
    ready.wait()
    log.info('worker %d starting', n)
    logging.getLogger('app.worker').debug('worker %d details', n)
    done.set()

log.info('main starts')
threads = []
for i in range(3):
    ready = threading.Event()
    done = threading.Event()
    t = threading.Thread(target=worker, args=(i, ready, done))
    threads.append((t, ready, done))
    t.start()
for t, ready, done in threads:
    ready.set()
    done.wait()
for t, ready, done in threads:
    t.join()

named = threading.Thread(target=lambda: log.warning('from a named thread'), name='fetcher')
named.start()
named.join()

class Job(threading.Thread):
    def run(self):
        log.error('from %s', type(self).__name__)
job = Job()
job.start()
job.join()

# Many threads logging at once: each line whole (the handler's lock), every line there.
counter = io.StringIO()
shared = logging.StreamHandler(counter)
shared.setFormatter(logging.Formatter('%(threadName)s:%(message)s'))
burst = logging.getLogger('burst')
burst.propagate = False
burst.addHandler(shared)
def chatter(k):
    for j in range(50):
        burst.warning('%d-%d', k, j)
workers = [threading.Thread(target=chatter, args=(k,), name='chatter-%d' % k) for k in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
lines = counter.getvalue().splitlines()
print(len(lines), all(l.startswith('chatter-') for l in lines))
print(sorted(lines) == sorted('chatter-%d:%d-%d' % (k, k, j) for k in range(4) for j in range(50)))
for k in range(4):
    mine = [l for l in lines if l.startswith('chatter-%d:' % k)]
    print(k, mine == ['chatter-%d:%d-%d' % (k, k, j) for j in range(50)])

log.info('main ends')
print(stream.getvalue(), end='')

# A record keeps the thread that made it, wherever it is formatted.
records = []
class Keep(logging.Handler):
    def emit(self, record):
        records.append(record)
keep = Keep()
log.addHandler(keep)
t = threading.Thread(target=log.info, args=('kept',), name='maker')
t.start()
t.join()
r = records[-1]
print(r.threadName, r.thread == t.ident, r.thread != threading.get_ident())
print(logging.Formatter('%(threadName)s %(message)s').format(r))
