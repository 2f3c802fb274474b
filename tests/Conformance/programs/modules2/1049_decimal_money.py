# decimal: a money-style program: an invoice with quantities, unit prices, discounts and tax rounded to cents
# (ROUND_HALF_UP), a ledger summed exactly, a bill split into shares that add up, currency formatting, and
# compound interest over months, compared with what floats would give.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, localcontext, getcontext
import decimal

CENT = Decimal('0.01')


def money(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def fmt(x):
    sign = '-' if x < 0 else ''
    return '%s$%s' % (sign, format(abs(x), ',.2f'))


items = [('Widget', 3, '19.99', '0'), ('Gadget', 1, '249.50', '0.10'), ('Cable', 12, '2.35', '0.05'),
         ('Manual', 2, '0.005', '0'), ('Service hour', 7, '85.125', '0.15')]
tax_rate = Decimal('0.0825')
subtotal = Decimal(0)
print('%-14s %4s %10s %6s %12s' % ('item', 'qty', 'price', 'disc', 'line'))
for name, qty, price, disc in items:
    gross = Decimal(price) * qty
    line = money(gross * (1 - Decimal(disc)))
    subtotal += line
    print('%-14s %4d %10s %6s %12s' % (name, qty, price, Decimal(disc) * 100, fmt(line)))
tax = money(subtotal * tax_rate)
total = subtotal + tax
print('subtotal', fmt(subtotal), 'tax', fmt(tax), 'total', fmt(total), repr(total))

# A ledger of many small amounts: exact in Decimal, not in float.
entries = ['0.10'] * 10 + ['-0.30'] * 3 + ['1234.56', '-1234.56', '0.01']
print(sum(Decimal(e) for e in entries), sum(float(e) for e in entries))
print(Decimal('0.1') + Decimal('0.2') == Decimal('0.3'), 0.1 + 0.2 == 0.3)


def split(amount, parts):
    """Shares of amount that add up to it exactly, the extra cents to the first shares."""
    base = (amount / parts).quantize(CENT, rounding=ROUND_DOWN)
    shares = [base] * parts
    left = amount - base * parts
    i = 0
    while left > 0:
        shares[i] += CENT
        left -= CENT
        i += 1
    return shares


for amount, parts in [('100.00', 3), ('10.00', 7), ('0.05', 2), ('1234.57', 4)]:
    shares = split(Decimal(amount), parts)
    print(amount, parts, [str(s) for s in shares], sum(shares) == Decimal(amount))

# Monthly compound interest for a year, with banker's rounding of each month's interest.
balance = Decimal('10000.00')
rate = Decimal('0.045') / 12
for month in range(1, 13):
    interest = (balance * rate).quantize(CENT, rounding=ROUND_HALF_EVEN)
    balance += interest
    if month % 3 == 0:
        print('month %2d interest %8s balance %12s' % (month, interest, fmt(balance)))
with localcontext(prec=50):
    exact = Decimal('10000') * (1 + Decimal('0.045') / 12) ** 12
print(money(exact), exact.quantize(Decimal('1E-20')))

# Loan payment: P * r / (1 - (1 + r) ** -n), carried at 28 digits, paid in cents.
principal = Decimal('250000')
r = Decimal('0.065') / 12
n = 360
payment = money(principal * r / (1 - (1 + r) ** -n))
print('monthly payment', fmt(payment), 'total paid', fmt(payment * n), 'interest', fmt(payment * n - principal))
owed = principal
for k in range(n):
    owed = money(owed * (1 + r)) - payment
print('left after 360 payments', fmt(owed))

# Currency conversion with a rate of many digits, rounded per currency's minor unit.
rates = {'EUR': Decimal('0.921834'), 'JPY': Decimal('151.2649'), 'KWD': Decimal('0.30791')}
units = {'EUR': Decimal('0.01'), 'JPY': Decimal('1'), 'KWD': Decimal('0.001')}
for cur in sorted(rates):
    converted = (Decimal('1999.99') * rates[cur]).quantize(units[cur], rounding=ROUND_HALF_UP)
    print(cur, converted, format(converted, ',f'))

# Prices as percentages and the flags the computations left.
print(format(Decimal('0.0825'), '.2%'), format(Decimal('-1234567.891'), '>+20,.2f'))
print(sorted(s.__name__ for s, on in getcontext().flags.items() if on))
try:
    with localcontext() as ctx:
        ctx.traps[decimal.Inexact] = True
        print(Decimal('19.99') * 3)
        print(Decimal('100') / 3)
except decimal.Inexact as e:
    print('inexact division refused:', e)
