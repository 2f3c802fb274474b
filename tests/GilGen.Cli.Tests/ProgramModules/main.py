# A program in several files: modules beside the script, a package with submodules and a subpackage that
# import each other relatively, a module that imports another, a module named like a runtime library module
# (beside the script it comes first), and a module that does not compile, imported inside try.
print("main starts", __name__)
import helper
import helper as h2
from helper import double, COUNT
print(helper.__name__, h2 is helper, double(21), COUNT)
print(helper.__file__.endswith("helper.py"))
import pkg.sub
from pkg import sub as s2
from pkg.sub import triple
print(pkg.__name__, pkg.sub.__name__, s2 is pkg.sub, triple(5), pkg.VERSION)
import chain
print(chain.value)
import pkg.rel
from pkg.inner import deep, value
print(deep.__name__, value)
try:
    from . import helper
except ImportError as e:
    print("ImportError:", e)
import queue
print(queue.__name__, queue.LOCAL)
try:
    import broken
except SyntaxError as e:
    print("SyntaxError:", e)
import sys
print(sorted(m for m in sys.modules if m in ("helper", "pkg", "pkg.sub", "chain", "queue", "broken")))
