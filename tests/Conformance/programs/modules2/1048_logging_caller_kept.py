# A record that outlives its logging call (a handler keeps it) and records read by filters and by formats of the
# three styles: the caller (file, module, function) is the one that made the call, whenever it is read.
import logging, sys, io
kept = []
class Keep(logging.Handler):
    def emit(self, record):
        kept.append(record)
class Peek(logging.Filter):
    def filter(self, record):
        print("filter sees", record.funcName, record.module)
        return True
log = logging.getLogger("k"); log.propagate = False; log.setLevel(logging.DEBUG)
log.addHandler(Keep())
def producer():
    log.info("kept one")
    log.warning("kept two", stacklevel=2)
def outer():
    producer()
outer()
for r in kept:
    print(r.getMessage(), r.funcName, r.filename, r.module, r.pathname.endswith(r.filename))
log2 = logging.getLogger("p"); log2.propagate = False
h = logging.StreamHandler(sys.stdout); h.setFormatter(logging.Formatter("{funcName}|{module}|{message}", style="{"))
log2.addHandler(h); log2.addFilter(Peek())
def g():
    log2.warning("styled")
g()
h.setFormatter(logging.Formatter("$funcName $message", style="$"))
g()
h.setFormatter(logging.Formatter("%(message)s"))
g()
