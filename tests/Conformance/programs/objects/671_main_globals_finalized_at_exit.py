# At exit CPython 3.12 finalizes what __main__'s globals still hold: first the __del__ of each object a global
# names, in the globals' order, with every global still bound; then the globals go, and the objects only a
# container held are finalized as their container is freed (a list's and a tuple's items last first). (The
# finalizers read modules and classes only: GilGen releases data globals before the containers' items go,
# docs/language-support.md.)
import sys


class Resource:
    finalized = 0

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Resource.finalized += 1
        print("del", self.name, "| finalized so far:", Resource.finalized, "| sys still bound:", sys is not None)


class Node:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("del node", self.name)


first = Resource("first")
items = [Resource("item 0"), Resource("item 1"), Resource("item 2")]
_private = Resource("_private")
pair = (Resource("pair 0"), Resource("pair 1"))
holder = Resource("holder")
holder.inner = Resource("inner")
table = {"x": Resource("table x"), "y": Resource("table y")}
shared = Resource("shared")
also = [shared]
cycle = Node("cycle")


def make():
    return Resource("made")


made = make()
temporary = Resource("temporary")
del temporary
print("deleted temporary")
last = Resource("last")
print("end of the module")
