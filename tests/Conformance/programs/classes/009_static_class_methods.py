# staticmethod() and classmethod() called directly: factories, alternate constructors, class counters.
class Date:
    created = 0

    def __init__(self, year, month, day):
        self.year = year
        self.month = month
        self.day = day
        type(self).created += 1

    def from_string(cls, text):
        parts = text.split("-")
        return cls(int(parts[0]), int(parts[1]), int(parts[2]))
    from_string = classmethod(from_string)

    def today(cls):
        return cls(2024, 1, 15)
    today = classmethod(today)

    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    is_leap = staticmethod(is_leap)

    def days_in_month(self):
        if self.month == 2:
            return 29 if Date.is_leap(self.year) else 28
        return 30 if self.month in (4, 6, 9, 11) else 31

    def __repr__(self):
        return "%s(%04d-%02d-%02d)" % (type(self).__name__, self.year, self.month, self.day)

class EuroDate(Date):
    def __repr__(self):
        return "EuroDate(%02d/%02d/%04d)" % (self.day, self.month, self.year)

d = Date.from_string("2020-02-10")
print(d, d.days_in_month(), Date.created)
e = EuroDate.from_string("2021-02-03")
print(e, type(e).__name__, e.days_in_month(), Date.created, EuroDate.created)
print(Date.today(), EuroDate.today(), d.today())
print([y for y in [1900, 2000, 2023, 2024] if Date.is_leap(y)])
print(d.is_leap(2024), e.is_leap(2023))
print(Date.is_leap.__name__, Date.from_string.__name__)
bound = Date.from_string
print(bound.__self__ is Date, EuroDate.from_string.__self__ is EuroDate)
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)

class Counter:
    instances = []

    def __init__(self, name):
        self.name = name
        Counter.register(self)

    def register(cls, obj):
        cls.instances.append(obj.name)
        return len(cls.instances)
    register = classmethod(register)

    def reset(cls):
        cls.instances = []
    reset = classmethod(reset)

    def describe():
        return "counts instances"
    describe = staticmethod(describe)

for n in ["a", "b", "c"]:
    Counter(n)
print(Counter.instances, Counter.describe(), Counter("x").describe())
Counter.reset()
print(Counter.instances, Counter.__dict__["instances"])
sm = staticmethod(len)
print(sm("hello"), sm.__func__ is len)
