# User-defined descriptors: typed, validated attributes with __set_name__, __get__, __set__, __delete__.


class Typed:
    def __init__(self, kind, minimum=None):
        self.kind = kind
        self.minimum = minimum

    def __set_name__(self, owner, name):
        self.name = name
        self.slot = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s, not %s" % (self.name, self.kind.__name__, type(value).__name__))
        if self.minimum is not None and value < self.minimum:
            raise ValueError("%s must be >= %r, got %r" % (self.name, self.minimum, value))
        setattr(obj, self.slot, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.slot)


class Account:
    owner = Typed(str)
    balance = Typed(int, minimum=0)

    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance = self.balance + amount
        return self.balance


acct = Account("ada", 10)
print(acct.owner, acct.balance, sorted(vars(acct)))
for amount in [5, 20, -100, 3]:
    try:
        print("deposit", amount, "->", acct.deposit(amount))
    except ValueError as e:
        print("ValueError:", e)
for bad in [("owner", 42), ("balance", "x"), ("balance", -1)]:
    try:
        setattr(acct, *bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(type(Account.balance).__name__, Account.balance.name, Account.owner.slot)
# The descriptor wins over an entry in the instance's __dict__.
acct.__dict__["balance"] = 999
print(acct.balance, acct.__dict__["balance"])
del acct.balance
try:
    acct.balance
except AttributeError as e:
    print("AttributeError:", e)


class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"


class Holder:
    attr = NonData()


h = Holder()
print(h.attr)
h.attr = "instance value"
print(h.attr, Holder.attr)
del h.attr
print(h.attr)
