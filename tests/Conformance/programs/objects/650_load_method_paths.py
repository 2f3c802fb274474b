# obj.name(...) through LOAD_METHOD's inline cache: a method found on the class is called with self; an instance
# attribute, a class attribute that is no function, a module function and a builtin method are called as they are;
# the cache follows the class when it changes, and the receiver's reference count is the same before and after,
# also when the lookup raises.
import sys
import math


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, other):
        return "%s greets %s" % (self.name, other)


def plain(*args):
    return "plain%r" % (args,)


g = Greeter("ann")
for _ in range(3):
    print(g.greet("bob"))

# An instance attribute shadows the method (functions are non-data descriptors): called without self.
g.greet = plain
for _ in range(3):
    print(g.greet("bob"))
del g.greet
print(g.greet("carl"))

# A class attribute that is not a function: called as it is.
Greeter.shout = staticmethod(lambda x: x.upper())
print(g.shout("hey"))
Greeter.tool = len
print(g.tool("four"))

# The method replaced on the class: the cache sees the class's new version.
def greet2(self, other):
    return "%s waves at %s" % (self.name, other)

for i in range(4):
    if i == 2:
        Greeter.greet = greet2
    print(g.greet("dan"))

# A subclass overriding the method, through the same call site.
class Loud(Greeter):
    def greet(self, other):
        return Greeter.greet(self, other).upper()

for who in [g, Loud("eve"), g, Loud("fay")]:
    print(who.greet("gus"))

# Module functions and builtin methods through LOAD_METHOD.
for x in [4.0, 9.0]:
    print(math.sqrt(x))
items = []
for i in range(3):
    items.append(i * i)
print(items)

# The receiver's count is unchanged by a call, by an instance attribute call and by a failed lookup.
before = sys.getrefcount(g)
for _ in range(3):
    g.greet("hal")
g.other = plain
for _ in range(3):
    g.other()
del g.other
for _ in range(3):
    try:
        g.missing()
    except AttributeError as e:
        print(e)
print(sys.getrefcount(g) - before)


def via_global():
    return G.greet("ivy")


G = Greeter("joe")
before = sys.getrefcount(G)
print(via_global(), via_global())
print(sys.getrefcount(G) - before)

# A temporary receiver: the instance lives for the call and is released after it.
class Noisy:
    def hello(self):
        return "hello from a temporary"

    def __del__(self):
        print("temporary released")


print(Noisy().hello())
print("after the temporary")
