from ..sub import triple
from .. import VERSION
value = (triple(7), VERSION, __package__)
