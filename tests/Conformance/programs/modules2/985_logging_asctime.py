# logging's %(asctime)s through time.strftime: a Formatter whose converter is time.gmtime over records with fixed
# creation times gives fixed text (CPython's default '%Y-%m-%d %H:%M:%S,mmm' and datefmt); localtime's shape only.
import io
import logging
import time


def record(created, msg="hello", level=logging.INFO):
    r = logging.LogRecord("app", level, __file__, 10, msg, None, None)
    r.created = created
    r.msecs = int((created - int(created)) * 1000)
    return r


class UTCFormatter(logging.Formatter):
    converter = time.gmtime


r = record(1796562005.25)
f = UTCFormatter("%(asctime)s: %(message)s")
print(f.format(r))
print(UTCFormatter("%(asctime)s: %(message)s", datefmt="%H:%M:%S").format(r))
print(UTCFormatter("{asctime} {levelname} {message}", datefmt="%Y/%m/%d %a %b %j", style="{").format(r))
print(UTCFormatter("$asctime - $message", datefmt="%c", style="$").format(record(0.999, "epoch")))
print(f.formatTime(r), "|", f.formatTime(r, "%d.%m.%Y %I:%M %p"), "|", r.asctime)
print(f.usesTime(), logging.Formatter("%(message)s").usesTime())

g = logging.Formatter("%(asctime)s %(message)s")
g.converter = time.gmtime
g.default_msec_format = "%s.%03d"
print(g.format(record(86400 * 366 + 0.5)))
g.default_time_format = "%H:%M"
g.default_msec_format = None
print(g.format(record(3600 * 13 + 59)))

# The default converter is time.localtime: only zone-independent facts.
h = logging.Formatter("%(asctime)s|%(message)s")
text = h.format(record(1796562005.25))
stamp, _, msg = text.partition("|")
print(msg, len(stamp), stamp[4], stamp[7], stamp[10], stamp[13], stamp[16], stamp[19], stamp.endswith(",250"))
print(stamp[:19] == time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(1796562005)))
print(logging.Formatter.converter is time.localtime)

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(UTCFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", datefmt="%Y-%m-%dT%H:%M:%SZ"))
log = logging.getLogger("asctime.demo")
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False
log.info("live record")
line = stream.getvalue()
print(len(line), line[4], line[10], line[19], line[20:])
