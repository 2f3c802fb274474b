# typing's get_type_hints of classes (along the MRO) and functions, None as NoneType; `from typing import *`;
# typing.ContextManager.
import sys
from typing import *
from typing import get_type_hints
import typing


class Base:
    x: int
    y: Optional[str] = None


class Derived(Base):
    z: List[int]
    x: float


def f(a: int, b: None, c: Dict[str, int] = {}) -> Tuple[int, str]:
    return a, ""


print(get_type_hints(Derived))
print(get_type_hints(f))
print(get_type_hints(lambda: 0))
print(List[int], Optional[Any], Union[int, str], "TypeVar" in dir(), "cast" in dir(), callable(cast))


print(typing.ContextManager, typing.ContextManager[int], sorted(n for n in dir() if n in ("Any", "Generic", "Protocol", "Sized")))
