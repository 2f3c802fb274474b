# logging.Formatter's three styles, validation errors, defaults, and the LogRecord attributes it reads.
import io
import logging
import os

stream = io.StringIO()
handler = logging.StreamHandler(stream)
log = logging.getLogger('fmt')
log.propagate = False
log.addHandler(handler)
log.setLevel(logging.DEBUG)

def show(fmt, *args, style='%', level=logging.INFO, msg='message %s', margs=('here',), **kw):
    handler.setFormatter(logging.Formatter(fmt, style=style, **kw))
    log.log(level, msg, *margs)
    print(repr(stream.getvalue()))
    stream.seek(0)
    stream.truncate()

show('%(name)s|%(levelname)s|%(levelno)d|%(message)s')
show('%(levelname)-8s|%(message)10.4s|%(levelno)03d')
show('%(msg)s // %(args)s')
show('{name}|{levelname:^9}|{levelno:#x}|{message!r}', style='{')
show('$name|${levelname}|$message and $$5', style='$')
show('%(threadName)s %(processName)s %(taskName)s %(exc_info)s %(exc_text)s %(stack_info)s')
show('%(message)s %(user)s', defaults={'user': 'nobody'})
show('{message} {user}', style='{', defaults={'user': 'braced'})
show(None)
show(None, style='{')
show(None, style='$')

rec_attrs = {}
class Capture(logging.Handler):
    def emit(self, record):
        rec_attrs['record'] = record
cap = Capture()
log.addHandler(cap)
log.warning('w %d %s', 5, 'x', extra={'user': 'ann', 'n': 2})
r = rec_attrs['record']
print(r.name, r.levelname, r.levelno, r.msg, r.args, r.user, r.n, r.exc_info, r.exc_text, r.stack_info)
print(r.getMessage(), hasattr(r, 'message'), r.message)
print(type(r.created).__name__, type(r.msecs).__name__, 0 <= r.msecs < 1000, r.relativeCreated >= 0)
print(r.thread is not None, r.threadName, r.process == os.getpid(), r.processName, r.taskName)
log.info('mapping %(a)s', {'a': 'A'})
print(rec_attrs['record'].args, rec_attrs['record'].getMessage())
# ('%' with a tuple holding one dict: a formatting error, which raiseExceptions=False keeps off stderr.)
logging.raiseExceptions = False
log.info('empty mapping stays a tuple', {})
logging.raiseExceptions = True
print(rec_attrs['record'].args)
log.info(42)
print(repr(rec_attrs['record'].getMessage()))
log.info(['not', 'a', 'string'])
print(repr(rec_attrs['record'].getMessage()))
log.removeHandler(cap)

for key in ('message', 'asctime', 'levelname', 'name'):
    try:
        log.info('x', extra={key: 1})
    except KeyError as e:
        print(type(e).__name__, e)
stream.seek(0)
stream.truncate()

# A record made directly keeps the location it is given.
rec = logging.LogRecord('direct', logging.ERROR, '/some/where/mod.py', 12, 'oops %s', ('arg',), None, 'func')
print(rec.pathname, rec.filename, rec.module, rec.lineno, rec.funcName, rec.getMessage())
print(repr(rec))
print(logging.Formatter('%(filename)s:%(lineno)d %(funcName)s %(module)s %(message)s').format(rec))
made = logging.makeLogRecord({'msg': 'made %s', 'args': ('up',), 'levelno': 5, 'custom': True})
print(made.getMessage(), made.levelno, made.custom, made.name, made.levelname)
print(logging.Formatter().format(made))

# Validation.
bad = [
    ('plain text', '%'), ('%(name)', '%'), ('%(name)q', '%'), ('%(a)s', '%'), ('%d', '%'),
    ('{}', '{'), ('{0}', '{'), ('no braces', '{'), ('{name', '{'), ('name}', '{'), ('{name!x}', '{'),
    ('{name:zz}', '{'), ('{a.b[c]} {x:>10}', '{'), ('{name:{width}}', '{'), ('{a-b}', '{'),
    ('$', '$'), ('cost $5', '$'), ('${name}', '$'), ('$name $', '$'), ('$$', '$'), ('${1x}', '$'),
    ('%(x)s', '#'),
]
for fmt, style in bad:
    try:
        f = logging.Formatter(fmt, style=style)
        print('ok', repr(fmt), style, repr(f._fmt))
    except ValueError as e:
        print('ValueError', repr(fmt), style, e)
f = logging.Formatter('no fields at all', validate=False)
print(f.format(made))

# A missing field at format time.
for fmt, style in (('%(nothere)s', '%'), ('{nothere}', '{'), ('$nothere', '$')):
    try:
        logging.Formatter(fmt, style=style).format(made)
    except ValueError as e:
        print(type(e).__name__, e)

# usesTime
for fmt, style in (('%(asctime)s', '%'), ('%(message)s', '%'), ('{asctime}', '{'), ('$asctime', '$'), ('${asctime}', '$')):
    print(fmt, logging.Formatter(fmt, style=style).usesTime())

# Formatter subclasses and exception text caching.
class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()
class NoTrace(logging.Formatter):
    def formatException(self, ei):
        return 'EXC ' + ei[0].__name__ + ': ' + str(ei[1])
handler.setFormatter(Upper('%(levelname)s %(message)s'))
log.info('shout %s', 'this')
handler.setFormatter(NoTrace('%(message)s'))
try:
    {}['k']
except KeyError:
    log.exception('lookup failed')
rec2 = logging.LogRecord('n', 40, 'p', 1, 'm', (), (ValueError, ValueError('v'), None))
print(repr(NoTrace().format(rec2)), repr(rec2.exc_text))
print(repr(logging.Formatter().format(rec2)))
rec3 = logging.LogRecord('n', 40, 'p', 1, 'ends with newline\n', (), (ValueError, ValueError('v'), None))
print(repr(NoTrace().format(rec3)))
print(repr(stream.getvalue()))

bf = logging.BufferingFormatter(logging.Formatter('<%(message)s>'))
print(repr(bf.format([made, rec])), repr(bf.format([])))
print(logging.BASIC_FORMAT)
