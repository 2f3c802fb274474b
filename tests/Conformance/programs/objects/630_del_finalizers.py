# __del__: when a count reaches zero, once per object, exceptions ignored, resurrection, subclasses and exceptions.
import sys

log = []


class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


r = Resource("a")
del r
print("after del a")

r = Resource("b")
r = Resource("c")
print("after rebinding")


def scope():
    local = Resource("d")
    print("in scope")


scope()
print("after scope")

items = [Resource("e"), Resource("f")]
items.pop()
print("after pop")
items.clear()
print("after clear")


saved = []


class Phoenix:
    count = 0

    def __del__(self):
        Phoenix.count += 1
        print("phoenix __del__ call", Phoenix.count)
        saved.append(self)


p = Phoenix()
del p
print("saved:", len(saved))
saved.clear()
print("cleared; __del__ ran", Phoenix.count, "time(s)")


class Base:
    def __del__(self):
        print("Base.__del__ for", type(self).__name__)


class Child(Base):
    pass


Child()
print("after temporary child")


class MyError(Exception):
    def __del__(self):
        print("MyError released:", self.args)


err = MyError("made, not raised")
print("made", err)
err = None
print("after dropping it")


class Late:
    pass


obj = Late()
Late.__del__ = lambda self: print("added later")
del obj
del r
print("end")
