import helper
from pkg.sub import triple
value = triple(helper.double(1))
