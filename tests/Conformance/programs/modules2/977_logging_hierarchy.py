# logging.getLogger's dotted hierarchy: parents, placeholders, propagation, effective levels, getChild.
import logging
import sys

root = logging.getLogger()
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('root-handler %(name)s %(levelname)s %(message)s'))
root.addHandler(out)

abc = logging.getLogger('a.b.c')
print(abc, abc.parent)
print(type(logging.Logger.manager.loggerDict['a.b']).__name__, sorted(logging.Logger.manager.loggerDict))
ab = logging.getLogger('a.b')
print(abc.parent is ab, ab.parent is root, logging.getLogger('a.b.c') is abc)
a = logging.getLogger('a')
print(ab.parent is a, a.parent is root, abc.parent is ab)
print(a.getChild('b') is ab, root.getChild('a') is a, a.getChild('b.c') is abc)
print(sorted(l.name for l in a.getChildren()), sorted(l.name for l in root.getChildren() if l.name.startswith('a')))
x = logging.getLogger('a.x.y')
print(x.parent is a, sorted(l.name for l in a.getChildren()))

print(abc.level, abc.getEffectiveLevel(), repr(abc))
a.setLevel(logging.INFO)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG), abc.isEnabledFor(logging.INFO), repr(abc))
ab.setLevel('ERROR')
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.WARNING), repr(ab))
ab.setLevel(logging.NOTSET)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.WARNING))

abc.info('info from a.b.c reaches the root handler')
abc.debug('debug is below a.b.c effective level')

own = logging.StreamHandler(sys.stdout)
own.setFormatter(logging.Formatter('ab-handler %(name)s: %(message)s'))
ab.addHandler(own)
abc.warning('goes to both')
print(ab.hasHandlers(), abc.hasHandlers(), logging.getLogger('zzz').hasHandlers())
ab.propagate = False
abc.warning('stops at a.b')
print(logging.getLogger('a.b.c.d').hasHandlers(), a.hasHandlers())
ab.removeHandler(own)
ab.removeHandler(own)
print(abc.hasHandlers(), ab.handlers)
ab.propagate = True

# A handler's level filters what it emits, independently of the logger's.
own.setLevel(logging.ERROR)
ab.addHandler(own)
ab.addHandler(own)
print(len(ab.handlers))
abc.warning('only the root handler')
abc.error('both again')
ab.removeHandler(own)

abc.disabled = True
abc.critical('a disabled logger says nothing')
abc.disabled = False

for bad in (3, None, b'x'):
    try:
        logging.getLogger(bad)
        print('getLogger', repr(bad), 'ok')
    except TypeError as e:
        print('getLogger', repr(bad), type(e).__name__, e)

# Logger subclasses.
class TaggedLogger(logging.Logger):
    def tagged(self, msg):
        self.warning('[tag] ' + msg)

logging.setLoggerClass(TaggedLogger)
t = logging.getLogger('tagged.one')
print(type(t).__name__, logging.getLoggerClass().__name__, t.parent is root)
t.tagged('hello')
logging.setLoggerClass(logging.Logger)
print(type(logging.getLogger('plain.one')).__name__)
try:
    logging.setLoggerClass(dict)
except TypeError as e:
    print(type(e).__name__, e)

# A logger made directly is outside the hierarchy.
lone = logging.Logger('lone', logging.DEBUG)
print(lone, lone.parent, lone.handlers, lone.propagate)
lone.addHandler(out)
lone.debug('lone debug')
print(logging.getLogger('lone') is lone)

# LoggerAdapter
class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '(%s) %s' % (self.extra['conn'], msg), kwargs

adapter = logging.LoggerAdapter(logging.getLogger('svc'), {'user': 'ann'})
print(adapter, adapter.name, adapter.getEffectiveLevel(), adapter.isEnabledFor(logging.INFO), adapter.hasHandlers())
fmt_handler = logging.StreamHandler(sys.stdout)
fmt_handler.setFormatter(logging.Formatter('%(user)s did %(message)s'))
svc = logging.getLogger('svc')
svc.propagate = False
svc.addHandler(fmt_handler)
adapter.warning('%s things', 'several')
adapter.setLevel(logging.DEBUG)
adapter.debug('debug through adapter')
print(svc.level, adapter.manager is logging.Logger.manager)
p = Prefixed(logging.getLogger('a'), {'conn': 7})
p.error('closed after %d s', 3)
p.log(logging.CRITICAL, 'via log')
