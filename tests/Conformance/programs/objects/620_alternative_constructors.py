# classmethod alternative constructors that respect subclasses, staticmethod helpers, __new__ that caches
# or validates instances, and __init__ not called when __new__ returns another class's object.
import math


class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, text):
        y, m, d = map(int, text.split("-"))
        return cls(y, m, d)

    @classmethod
    def from_ordinal_2000(cls, n):
        y, m = 2000, 1
        while n >= cls.days_in(y, m):
            n -= cls.days_in(y, m)
            m += 1
            if m == 13:
                y, m = y + 1, 1
        return cls(y, m, n + 1)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    @staticmethod
    def days_in(year, month):
        if month == 2:
            return 29 if Date.is_leap(year) else 28
        return 30 if month in (4, 6, 9, 11) else 31

    def __repr__(self):
        return "%s(%04d-%02d-%02d)" % (type(self).__name__, self.year, self.month, self.day)


class EuroDate(Date):
    def __repr__(self):
        return "%02d/%02d/%04d" % (self.day, self.month, self.year)


print(Date.from_string("2024-02-29"), EuroDate.from_string("1999-12-31"))
print(Date.from_ordinal_2000(0), Date.from_ordinal_2000(59), EuroDate.from_ordinal_2000(366), Date.from_ordinal_2000(10000))
print([y for y in range(1896, 1910) if Date.is_leap(y)], Date.days_in(1900, 2), Date(1, 1, 1).is_leap(2000))


class Interned:
    _cache = {}

    def __new__(cls, name):
        if name not in cls._cache:
            obj = super().__new__(cls)
            obj.name = name
            obj.inits = 0
            cls._cache[name] = obj
        return cls._cache[name]

    def __init__(self, name):
        self.inits += 1


a, b, c = Interned("x"), Interned("x"), Interned("y")
print(a is b, a is c, a.inits, c.inits, sorted(Interned._cache))


class Positive(float):
    pass


class Checked:
    def __new__(cls, value):
        if value < 0:
            return "rejected %r" % value
        return super().__new__(cls)

    def __init__(self, value):
        self.value = math.sqrt(value)


print(Checked(16).value, Checked(-4), type(Checked(-4)).__name__)
