from functools import total_ordering
from dataclasses import dataclass

RATES = {'USD': 100, 'EUR': 108, 'GBP': 127}

@total_ordering
class Money:
    def __init__(self, amount, currency='USD'):
        self.cents = round(amount * 100)
        self.currency = currency

    def in_usd_cents(self):
        return self.cents * RATES[self.currency] // 100

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.in_usd_cents() == other.in_usd_cents()

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.in_usd_cents() < other.in_usd_cents()

    def __hash__(self):
        return hash(self.in_usd_cents())

    def __repr__(self):
        return f'{self.cents / 100:.2f} {self.currency}'

wallet = [Money(10), Money(9.5, 'EUR'), Money(8, 'GBP'), Money(10.26), Money(12.7, 'USD'), Money(10, 'USD')]
print(sorted(wallet))
print(max(wallet), min(wallet))
a, b = Money(10), Money(10)
print(a == b, a <= b, a >= b, a < b, a > b, a != b)
print(Money(8, 'GBP') > Money(10.15), Money(8, 'GBP') >= Money(10.16), Money(1, 'EUR') <= Money(1))
print(len(set(wallet)), wallet.count(Money(10)))
print([m for m in wallet if Money(9) < m <= Money(10.26)])

@total_ordering
@dataclass(frozen=True)
class Grade:
    letter: str

    ORDER = 'FDCBA'

    def __lt__(self, other):
        return self.ORDER.index(self.letter) < self.ORDER.index(other.letter)

grades = [Grade(g) for g in 'BAFCDAB']
print(sorted(grades))
print(Grade('A') > Grade('B'), Grade('C') >= Grade('C'), Grade('D') <= Grade('F'), hash(Grade('A')) == hash(('A',)))
print(Grade.__gt__.__qualname__, Grade.__le__.__name__)
