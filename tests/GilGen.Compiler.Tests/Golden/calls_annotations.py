x: int = 1
y: list
z: "str" = "a"
(w): int = 2

class C:
    a: int
    b: str = "b"

def f(a: int, b: "str" = "x", *args: tuple, c: float = 1.0, **kw: dict) -> bool:
    v: int = 5
    u: float
    return True

def g(p, /, q: int) -> None:
    pass

obj = C()
obj.attr: int = 3
d = {}
d["k"]: str = "v"

for i in range(2):
    n: int = i
