from __future__ import annotations

x: int = 1
y: list[int]
z: dict[str, tuple[int, ...]] = {}

def f(a: Optional[int], b: int | None = None, *args: str, **kw: "Any") -> Callable[[int], str]:
    return a

def g(p: a.b.c, q: x[1:2], r: -1, s: [int, str]) -> (int, str):
    pass

class K:
    m: K
    n: 1 + 2 * 3
