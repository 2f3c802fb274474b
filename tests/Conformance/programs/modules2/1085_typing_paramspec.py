# typing.ParamSpec and Concatenate as a typed decorator uses them: P.args and P.kwargs in annotations, Callable[P, R],
# Concatenate[...], Generic[P], their reprs and equality, and the errors CPython gives.
import functools
from typing import Callable, Concatenate, Generic, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def logged(f: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(f)
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print("calling", f.__name__, args, kwargs)
        return f(*args, **kwargs)

    return inner


def with_request(f: Callable[Concatenate[str, P], R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        return f("request", *args, **kwargs)

    return inner


@logged
def add(a: int, b: int = 0) -> int:
    return a + b


@with_request
def handle(req: str, n: int) -> str:
    return f"{req}:{n}"


print(add(1, b=2), handle(5))
print(P, P.__name__, P.args, P.kwargs, P.args == P.args, P.args.__origin__ is P, P.kwargs != P.args)
print(Callable[P, R], Callable[Concatenate[int, P], R], Concatenate[int, str, P], Callable[P, int].__args__)
print(inner_annotations := logged(add).__annotations__ if hasattr(logged(add), "__annotations__") else None)
print(ParamSpec("Q", bound=int).__bound__, ParamSpec("C", covariant=True), ParamSpec("K", contravariant=True))


class Task(Generic[P, R]):
    pass


print(Task.__parameters__, P in Task.__parameters__)
print(Task[[int, str], int], Task[[int, str], int].__args__, Task[..., int])
for bad in (lambda: Concatenate[int, str], lambda: Concatenate[()], lambda: ParamSpec("X", covariant=True, contravariant=True)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    class Sub(P):
        pass
except TypeError as e:
    print("TypeError", e)
