# sys.modules is a dict: lookups, membership, get, iteration and the modules imported so far.
import sys
import os
import math

print(type(sys.modules).__name__, isinstance(sys.modules, dict))
print(sys.modules.get("math") is math, sys.modules["os"] is os)
print("os" in sys.modules, "math" in sys.modules, "no_such_module" in sys.modules)
print(sys.modules.get("no_such_module"), sys.modules.get("no_such_module", "default"))
print(sys.modules["sys"] is sys, sys.modules.get("sys").__name__)
print(sys.modules["__main__"].__name__)
print(all(isinstance(k, str) for k in sys.modules))
print(all(sys.modules[k] is v for k, v in sys.modules.items()))
print(len(sys.modules) == len(list(sys.modules.keys())))
print("collections" in sys.modules)
import collections
print("collections" in sys.modules, sys.modules["collections"] is collections)
try:
    sys.modules["no_such_module"]
except KeyError as e:
    print("KeyError:", e)

me = sys.modules[__name__]
me.added_later = 42
print(added_later)
