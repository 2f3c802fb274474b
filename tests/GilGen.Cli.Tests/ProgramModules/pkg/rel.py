from . import sub
from .sub import triple
from . import VERSION
print("pkg.rel runs", __name__, __package__, sub.__name__, triple(2), VERSION)
try:
    from .. import nothing
except ImportError as e:
    print("ImportError:", e)
