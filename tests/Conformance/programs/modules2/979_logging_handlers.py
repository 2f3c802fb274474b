# logging's handlers: Handler subclasses, StreamHandler, FileHandler, NullHandler, filters, the last resort.
import io
import logging
import os
import sys

log = logging.getLogger('h')
log.propagate = False
log.setLevel(logging.DEBUG)

class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []
    def emit(self, record):
        self.lines.append(self.format(record))

lh = ListHandler()
print(lh, lh.level, lh.formatter, lh.filters, lh.name, type(lh.lock).__name__)
log.addHandler(lh)
log.debug('first %d', 1)
lh.setFormatter(logging.Formatter('%(levelname)s-%(message)s'))
log.info('second')
lh.setLevel('WARNING')
log.info('dropped by the handler level')
log.error('third')
print(lh.lines, repr(lh))
lh.name = 'collector'
print(lh.name, logging.getHandlerByName('collector') is lh, 'collector' in logging.getHandlerNames())
lh.close()
print(logging.getHandlerByName('collector'))
log.removeHandler(lh)

# The base Handler has no emit.
base = logging.Handler(logging.INFO)
print(base, base.format(logging.makeLogRecord({'msg': 'formatted by default'})))
try:
    base.emit(logging.makeLogRecord({}))
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    logging.Handler('LOUD')
except ValueError as e:
    print(type(e).__name__, e)

# handle() runs the filters and holds the handler's lock (an RLock) around emit.
class LockChecking(logging.Handler):
    def emit(self, record):
        print('emit holds the lock:', self.lock._is_owned(), record.getMessage())
lc = LockChecking()
rec = logging.makeLogRecord({'msg': 'direct handle', 'name': 'h.sub'})
print(lc.handle(rec) is rec)
lc.addFilter(logging.Filter('other'))
print(lc.handle(rec))
lc.filters.clear()
lc.addFilter(lambda r: r.getMessage().startswith('direct'))
print(lc.handle(rec) is rec)
def replace(r):
    return logging.makeLogRecord({'msg': 'replaced by a filter'})
lc.addFilter(replace)
out = lc.handle(rec)
print(out is rec, out.getMessage())
lc.acquire(); lc.acquire(); lc.release(); lc.release()

# Filter by name prefix.
for fname, rname in (('', 'x'), ('a.b', 'a.b'), ('a.b', 'a.b.c'), ('a.b', 'a.bc'), ('a.b', 'a'), ('a.b', 'x.a.b')):
    f = logging.Filter(fname)
    print(repr(fname), repr(rname), bool(f.filter(logging.makeLogRecord({'name': rname}))))

# Filters on a logger.
sio = io.StringIO()
sh = logging.StreamHandler(sio)
log.addHandler(sh)
class OddOnly:
    def filter(self, record):
        return record.args[0] % 2 == 1
odd = OddOnly()
log.addFilter(odd)
log.addFilter(odd)
print(len(log.filters))
for i in range(5):
    log.info('n=%d', i)
log.removeFilter(odd)
log.removeFilter(odd)
def tagging(record):
    record.msg = 'tagged ' + record.msg
    return True
log.addFilter(tagging)
log.info('message')
log.removeFilter(tagging)
print(repr(sio.getvalue()))

# StreamHandler: terminator, flush, setStream, repr.
sh.terminator = ' | '
log.warning('a')
log.warning('b')
sh.terminator = '\n'
print(repr(sio.getvalue()[-8:]))
other = io.StringIO()
print(sh.setStream(other) is sio, sh.setStream(other))
log.warning('to the other stream')
print(repr(other.getvalue()), repr(sh))
print(logging.StreamHandler().stream is sys.stderr)
class Named:
    name = 'named-stream'
    def write(self, text):
        pass
print(repr(logging.StreamHandler(Named())))
sh.flush()
log.removeHandler(sh)

# NullHandler
nh = logging.NullHandler()
print(nh, nh.lock, nh.handle(rec))
log.addHandler(nh)
log.critical('swallowed')
log.removeHandler(nh)

# FileHandler
path = os.path.join('/tmp', 'gilgen_logging_979_%d.log' % os.getpid())
fh = logging.FileHandler(path, mode='w')
print(fh.baseFilename == path, fh.mode, fh.encoding, fh.delay, repr(fh) == '<FileHandler %s (NOTSET)>' % path)
fh.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
log.addHandler(fh)
log.info('line one')
log.error('line two %s', 'é')
fh.close()
print(fh.stream)
with open(path) as f:
    print(repr(f.read()))
log.removeHandler(fh)
fa = logging.FileHandler(path, delay=True)
print(fa.mode, fa.stream)
log.addHandler(fa)
log.warning('appended')
fa.close()
log.removeHandler(fa)
with open(path) as f:
    print(repr(f.read()))
logging.basicConfig(filename=path, filemode='w', format='%(name)s %(message)s', level=logging.INFO)
logging.getLogger('viafile').info('basicConfig filename=')
root_handler = logging.getLogger().handlers[0]
print(type(root_handler).__name__, root_handler.mode)
root_handler.close()
logging.getLogger().removeHandler(root_handler)
with open(path) as f:
    print(repr(f.read()))
os.remove(path)
try:
    os.remove(path)
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror, e.filename == path)

# The last resort: with no handler anywhere, WARNING and above go bare to sys.stderr.
saved = sys.stderr
sys.stderr = io.StringIO()
lonely = logging.getLogger('lonely')
lonely.info('info is below the last resort level')
lonely.warning('bare %s', 'message')
lonely.error('error too')
captured = sys.stderr.getvalue()
sys.stderr = saved
print(repr(captured))
print(type(logging.lastResort).__name__, logging.lastResort.level)
saved_last = logging.lastResort
logging.lastResort = None
sys.stderr = io.StringIO()
lonely.warning('nowhere')
lonely.warning('nowhere again')
captured = sys.stderr.getvalue()
sys.stderr = saved
logging.lastResort = saved_last
print(repr(captured))
lib = logging.getLogger('library')
lib.addHandler(logging.NullHandler())
sys.stderr = io.StringIO()
lib.error('a library with a NullHandler is silent')
captured = sys.stderr.getvalue()
sys.stderr = saved
print(repr(captured))
