# decimal: Context (constructor, attributes and their errors, repr, copy), the three template contexts,
# getcontext/setcontext/localcontext (keywords as 3.11+), flags and traps (SignalDict), the signals' class
# hierarchy, the exceptions a trapped condition raises with CPython's C messages, and per-thread contexts.
import threading
import decimal
from decimal import (Decimal as D, Context, getcontext, setcontext, localcontext, BasicContext, ExtendedContext,
                     DefaultContext)


def show(label, thunk):
    try:
        value = thunk()
    except Exception as e:
        print(label, '->', type(e).__name__, repr(e.args[0]) if e.args else '')
    else:
        print(label, '->', repr(value))


SIGNALS = ['DecimalException', 'Clamped', 'InvalidOperation', 'ConversionSyntax', 'DivisionByZero',
           'DivisionImpossible', 'DivisionUndefined', 'Inexact', 'InvalidContext', 'Rounded', 'Subnormal',
           'Overflow', 'Underflow', 'FloatOperation']
for name in SIGNALS:
    cls = getattr(decimal, name)
    print(name, [c.__name__ for c in cls.__mro__], cls.__module__)
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.FloatOperation, TypeError),
      issubclass(decimal.DivisionUndefined, ZeroDivisionError), issubclass(decimal.Overflow, decimal.Inexact))
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY, decimal.HAVE_THREADS)
print(sorted(n for n in dir(decimal) if n.startswith('ROUND_')))

print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
print(Context())
c = Context(prec=10, rounding=decimal.ROUND_DOWN, Emin=-50, Emax=50, capitals=0, clamp=1,
            flags=[decimal.Inexact], traps=[decimal.Overflow, decimal.FloatOperation])
print(c)
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(c.flags)
print(c.traps[decimal.Overflow], c.traps[decimal.Inexact], len(c.traps), list(c.flags)[:3])
c2 = c.copy()
c2.prec = 3
c2.traps[decimal.Inexact] = True
c2.flags[decimal.Rounded] = True
print(c.prec, c2.prec, c.traps[decimal.Inexact], c2.traps[decimal.Inexact], c.flags[decimal.Rounded])
c2.clear_flags()
c2.clear_traps()
print(c2)
print(Context(traps={s: False for s in c.traps}))

for label, thunk in [('prec=0', lambda: Context(prec=0)), ('prec=x', lambda: Context(prec='x')),
                     ('rounding', lambda: Context(rounding='UP')), ('Emin=1', lambda: Context(Emin=1)),
                     ('Emax=-1', lambda: Context(Emax=-1)), ('capitals=2', lambda: Context(capitals=2)),
                     ('clamp=-1', lambda: Context(clamp=-1)), ('traps=[int]', lambda: Context(traps=[int])),
                     ('flags dict', lambda: Context(flags={decimal.Inexact: True})),
                     ('traps[KeyError]', lambda: c.traps[ValueError]),
                     ('setattr foo', lambda: setattr(c, 'foo', 1)), ('setcontext(1)', lambda: setcontext(1)),
                     ('localcontext(5)', lambda: localcontext(5)),
                     ('localcontext(bad kw)', lambda: localcontext(precision=5)),
                     ('localcontext(prec=-1)', lambda: localcontext(prec=-1)),
                     ('Decimal(1, ctx)', lambda: D('1', 5)), ('quantize rounding', lambda: D(1).quantize(D(1), 'X'))]:
    show(label, thunk)

# Trapped conditions raise the first trapped signal with the list of every trapped condition.
tests = [('1/0', lambda: D(1) / 0), ('0/0', lambda: D(0) / 0), ('abc', lambda: D('abc')),
         ('1//0', lambda: D(1) // 0), ('5%0', lambda: D(5) % 0), ('big//', lambda: D('1E+40') // 3),
         ('sqrt(-1)', lambda: D(-1).sqrt()), ('ln(-1)', lambda: D(-1).ln()),
         ('quantize', lambda: D('1E+30').quantize(D('0.1'))), ('overflow', lambda: D('9E+999999') * 10),
         ('inf-inf', lambda: D('Inf') - D('Inf'))]
for label, thunk in tests:
    try:
        thunk()
    except decimal.DecimalException as e:
        print(label, type(e).__name__, e, e.args, isinstance(e, ArithmeticError))

with localcontext(BasicContext) as ctx:
    print('basic', ctx)
    show('1/3 basic', lambda: D(1) / 3)
    ctx.traps[decimal.Inexact] = True
    ctx.traps[decimal.Rounded] = True
    show('1/3 inexact trapped', lambda: D(1) / 3)
    show('underflow', lambda: D('1E-999999') / 1000)
    ctx.traps[decimal.Underflow] = False
    ctx.traps[decimal.Inexact] = False
    show('subnormal', lambda: D('1E-999999') / 1000)
    ctx.traps[decimal.Subnormal] = True
    show('subnormal trapped', lambda: D('1E-999999') / 1000)
    print(sorted(s.__name__ for s, on in ctx.flags.items() if on))

with localcontext(ExtendedContext) as ctx:
    print(D(1) / 0, D(0) / 0, D('abc'), D(-4).sqrt(), D('sNaN') + 1, D('1E+999999') * 100)
    print(ctx)

try:
    with localcontext(Context(traps=[decimal.Clamped], clamp=1, Emax=10, prec=5)):
        D('1E+10') + 0
except decimal.Clamped as e:
    print('clamped', repr(e))

print(getcontext().prec)
with localcontext(prec=6, rounding=decimal.ROUND_UP, Emax=99, traps=[decimal.Inexact]) as ctx:
    print(getcontext() is ctx, ctx)
    with localcontext() as inner:
        inner.prec = 2
        print(D(10) / 4)
    print(getcontext().prec)
print(getcontext().prec, getcontext().rounding)

# setcontext with a template installs a copy of it.
saved = getcontext()
setcontext(ExtendedContext)
print(getcontext() is ExtendedContext, getcontext().prec, D(2) / 3)
mine = Context(prec=4)
setcontext(mine)
print(getcontext() is mine, D(2) / 3, mine.flags[decimal.Inexact])
setcontext(saved)
print(D(2) / 3)

# Each thread has its own context, a copy of DefaultContext.
getcontext().prec = 7
results = {}


def worker(n):
    ctx = getcontext()
    results[n] = (ctx.prec, ctx is saved)
    ctx.prec = n
    results[n] += (str(D(1) / 7),)


threads = [threading.Thread(target=worker, args=(n,)) for n in (3, 12)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()), getcontext().prec, D(1) / 7)

# Context methods take ints and refuse other types.
ctx = Context(prec=6)
print(ctx.add(1, 2), ctx.divide(1, 7), ctx.power(2, 30), ctx.sqrt(2), ctx.to_sci_string(D('1E-9')),
      ctx.compare(1, 2), ctx.is_zero(0), ctx.abs(-3), ctx.minus(5), ctx.divmod(7, 2), ctx.remainder(7, 3))
show('ctx.add(1, 1.5)', lambda: ctx.add(1, 1.5))
show('ctx.add("1", 1)', lambda: ctx.add('1', 1))
