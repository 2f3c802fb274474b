# logging's levels, the root logger, the module-level functions and basicConfig's rules.
import logging
import sys

print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.NOTSET)
print(logging.FATAL, logging.WARN)
for v in (0, 10, 20, 30, 40, 50, 5, 'DEBUG', 'WARN', 'FATAL', 'nope'):
    print(repr(v), '->', repr(logging.getLevelName(v)))
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
m = logging.getLevelNamesMapping()
print(sorted(m.items()))
m['X'] = 1
print('X' in logging.getLevelNamesMapping())

root = logging.getLogger()
print(root, root.name, root.level, root.getEffectiveLevel(), root.handlers)
print(logging.getLogger('root') is root, logging.getLogger('') is root, logging.root is root)
print(root.isEnabledFor(logging.INFO), root.isEnabledFor(logging.WARNING))

# basicConfig: the default format on the given stream.
logging.basicConfig(stream=sys.stdout)
print(len(root.handlers), type(root.handlers[0]).__name__, root.handlers[0].stream is sys.stdout)
logging.debug('not shown')
logging.info('not shown either')
logging.warning('a warning %s', 'here')
logging.error('an error %d %d', 1, 2)
logging.critical('critical!')
logging.log(25, 'notice level %r', 'x')
logging.fatal('fatal is critical')

# A second call does nothing: the root logger has a handler.
logging.basicConfig(level=logging.DEBUG, format='IGNORED %(message)s')
print(root.level)
logging.info('still not shown')

# force=True replaces the handler.
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format='[%(levelname)s] %(name)s: %(message)s', force=True)
print(len(root.handlers), root.level, logging.getLevelName(root.getEffectiveLevel()))
logging.debug('debug now %s', 'visible')
logging.info('info %(a)s and %(b)s', {'a': 1, 'b': 2})

# Arguments are formatted only when a record is emitted.
class Counting:
    calls = 0
    def __str__(self):
        Counting.calls += 1
        return 'counted'
c = Counting()
root.setLevel(logging.WARNING)
logging.info('lazy %s', c)
print('str calls after a filtered call:', Counting.calls)
logging.warning('lazy %s', c)
print('str calls after an emitted call:', Counting.calls)

# Styles.
logging.basicConfig(stream=sys.stdout, style='{', format='{levelname:>8}|{name}|{message}', force=True)
logging.warning('brace style')
logging.basicConfig(stream=sys.stdout, style='$', format='$levelname/${name}/$message', force=True)
logging.warning('dollar style')
logging.basicConfig(stream=sys.stdout, style='{', force=True)
logging.error('brace default format')
logging.basicConfig(stream=sys.stdout, style='$', force=True)
logging.error('dollar default format')

# handlers=
h1 = logging.StreamHandler(sys.stdout)
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter('h2 kept its own: %(message)s'))
logging.basicConfig(handlers=[h1, h2], format='h1 %(levelname)s %(message)s', force=True, level='INFO')
logging.info('two handlers')
print(root.level, h1.formatter._fmt, h2.formatter._fmt)

# basicConfig's errors.
def attempt(label, **kw):
    try:
        logging.basicConfig(**kw)
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('stream+handlers', stream=sys.stdout, handlers=[h1], force=True)
attempt('stream+filename', stream=sys.stdout, filename='x.log', force=True)
attempt('filename+handlers', filename='x.log', handlers=[h1], force=True)
attempt('bad style', style='!', force=True)
attempt('unknown arg', stream=sys.stdout, force=True, colour='red', size=3)
print(len(root.handlers))
attempt('bad format', stream=sys.stdout, format='no fields', force=True)
attempt('bad level', stream=sys.stdout, level='LOUD', force=True)
attempt('ignored when configured', colour='red')

logging.basicConfig(stream=sys.stdout, force=True, level=logging.DEBUG)

# Levels given as names, and the errors of bad ones.
for lv in ('INFO', 'NOTICE', 15, 'loud', 1.5, None):
    try:
        root.setLevel(lv)
        print('setLevel', repr(lv), '->', root.level)
    except Exception as e:
        print('setLevel', repr(lv), type(e).__name__, e)
root.setLevel(logging.DEBUG)
try:
    logging.log('INFO', 'level as a string')
except TypeError as e:
    print(type(e).__name__, e)
logging.log(15, 'custom level %d', 15)

# disable()
logging.disable(logging.INFO)
logging.info('disabled')
logging.warning('warning passes disable(INFO)')
print(root.isEnabledFor(logging.INFO), root.manager.disable)
logging.disable()
logging.critical('disabled too')
logging.disable(logging.NOTSET)
logging.info('enabled again')
try:
    logging.disable('SOMETIMES')
except ValueError as e:
    print(type(e).__name__, e)

# exception() adds the traceback of the exception being handled (the file's path made short by a Formatter
# subclass overriding formatException).
class ShortPaths(logging.Formatter):
    def formatException(self, ei):
        return super().formatException(ei).replace(__file__, '976_logging_basics.py')
th = logging.StreamHandler(sys.stdout)
th.setFormatter(ShortPaths(logging.BASIC_FORMAT))
logging.basicConfig(handlers=[th], force=True)
def fail():
    raise ValueError('bad value')
try:
    fail()
except ValueError:
    logging.exception('caught %s', 'it')
try:
    fail()
except ValueError as e:
    logging.error('with exc_info=e', exc_info=e)
    logging.warning('exc_info=False', exc_info=False)
logging.error('exc_info outside a handler', exc_info=True)
print(logging.raiseExceptions)
