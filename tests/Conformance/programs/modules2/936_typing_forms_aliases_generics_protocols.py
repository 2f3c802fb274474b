# typing: the special forms, the aliases of builtin and collections.abc classes, TypeVar, Generic and Protocol as
# bases, a runtime_checkable protocol in isinstance, cast, overload, final, get_origin and get_args, with CPython
# 3.12's reprs, equality and errors; annotations that use them.
import collections
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, Iterable, Iterator, List, Literal, Mapping,
                    Optional, Protocol, Sequence, Set, Tuple, Type, TypeVar, Union, cast, get_args, get_origin,
                    overload, runtime_checkable)

print(List[int], Dict[str, None], Optional[int], Union[int, str, None], Tuple[int, ...], Tuple[()], Tuple[int, str])
print(Callable[[int], str], Callable[..., int], Callable[[], None], Any, List, Type[int], typing.Deque[int])
print(Iterable[int], Literal[1, 'a'], ClassVar[int], Final[int], Optional[List[int]], Mapping[str, Sequence[int]])
print(typing.DefaultDict[str, list], typing.Counter[str], typing.AbstractSet[int], typing.Generator[int, None, None])
print(Union[int], Union[int, int], Union[int, Union[str, int]], Union[int, str | None], Optional[Optional[int]])
print(Optional[int] == Union[None, int], Optional[int] == (int | None), Union[int, str] == Union[str, int],
      List[int] == List[int], List[int] == List[str], List == List, hash(List[int]) == hash(List[int]))
print(Union[int, str] | None, int | List[str], Optional[int] | str)

for make in [lambda: List[int](), lambda: List(), lambda: Dict[str, int](), lambda: isinstance([], List[int]),
             lambda: List[int, str], lambda: Dict[int], lambda: Union[()], lambda: isinstance(1, Any), lambda: Any(),
             lambda: Callable[int, str], lambda: Optional[int, str], lambda: Union[ClassVar[int], str]]:
    try:
        print(make())
    except TypeError as e:
        print("TypeError:", e)
print(typing.Deque[int](), typing.DefaultDict[str, int]().default_factory, Type[int] == Type[int])
print(isinstance([], List), isinstance({}, Mapping), issubclass(list, Sequence), isinstance(3, Iterable),
      isinstance((1,), Tuple), issubclass(dict, Dict), isinstance(len, Callable))

print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(int | str), get_args(int | None))
print(get_origin(Union[int, str]), get_args(Callable[[int], str]), get_args(Callable[..., int]), get_origin(Literal[1]))
print(get_args(Literal[1, 2]), get_origin(int), get_args(int), get_origin(list[int]), get_args(dict[str, int]),
      get_origin(ClassVar[int]), get_origin(Generic), get_origin(List))

T = TypeVar('T')
K = TypeVar('K', bound=int)
C = TypeVar('C', covariant=True)
N = TypeVar('N', int, str)
print(T, K, C, TypeVar('D', contravariant=True), T.__name__, K.__bound__, T.__constraints__, N.__constraints__)
print(List[T], Dict[str, T].__parameters__, Optional[T], T | None)
for make in [lambda: TypeVar('X', int), lambda: TypeVar('X', covariant=True, contravariant=True)]:
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(Stack[int], Stack.__parameters__, Stack.__orig_bases__, Stack.__bases__, s.__orig_class__, s.pop(), Generic[T])
for make in [lambda: Stack[int, str], lambda: Generic[int], lambda: Generic[T, T]]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)


class Pair(Generic[K, T]):
    pass


class IntPair(Pair[int, T]):
    pass


print(Pair.__parameters__, IntPair.__parameters__, IntPair[str], IntPair.__orig_bases__, IntPair.__mro__)


class MyList(List[int]):
    pass


print(MyList.__bases__, MyList.__orig_bases__, MyList([1, 2]))


class Closer(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...


class File:
    def close(self):
        return "closed"


class Impl(SupportsClose):
    def close(self):
        return "impl"


print(isinstance(File(), SupportsClose), isinstance(1, SupportsClose), issubclass(File, SupportsClose),
      isinstance(Impl(), SupportsClose), Impl().close(), SupportsClose.__parameters__)
try:
    isinstance(File(), Closer)
except TypeError as e:
    print("TypeError:", e)
try:
    runtime_checkable(File)
except TypeError as e:
    print("TypeError:", e)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(3), double("ab"), cast(int, "x"), cast("List[int]", [1]), typing.TYPE_CHECKING, typing.Text)


@typing.final
class Leaf:
    pass


print(Leaf.__final__, typing.no_type_check(lambda: 1).__no_type_check__)


def annotated(a: int, b: Optional[str] = None, *c: Tuple[int, ...], d: Dict[str, List[int]], **e: Any) -> Iterator[int]:
    yield a


print(annotated.__annotations__)


class Config:
    name: str
    retries: ClassVar[int] = 3
    mode: Literal["fast", "slow"] = "fast"
    tags: Final[List[str]]


print(Config.__annotations__, Config.retries)
print([x for x in typing.__all__ if x in ("List", "Protocol", "TypeVar", "cast")])
