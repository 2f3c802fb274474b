# copy.copy and copy.deepcopy of instances of Python subclasses of dict, OrderedDict, defaultdict, Counter and deque:
# the class is kept, and the instance's __dict__ where CPython's reduction carries it (dict, OrderedDict; deque's deep copy).
import copy
from collections import OrderedDict, defaultdict, Counter, deque
class D(dict): pass
class O(OrderedDict): pass
class F(defaultdict): pass
class C(Counter): pass
class Q(deque): pass
for cls, args in ((D, ()), (O, ()), (F, (list,)), (C, ()), (Q, ())):
    x = cls(*args)
    x.tag = cls.__name__
    if isinstance(x, dict): x["k"] = 1
    else: x.append(1)
    for f in (copy.copy, copy.deepcopy):
        y = f(x)
        print(f.__name__, type(y).__name__, y, getattr(y, "tag", None), y is x)
