from __future__ import annotations

# With postponed evaluation annotations are kept as their source text.
def scale(v: Vector, k: float = 2.0) -> Vector:
    return [x * k for x in v]

print(scale([1, 2, 3]))
print(scale.__annotations__)

def lookup(table: dict[str, list[int]], key: str | None = None) -> tuple[int, ...]:
    return tuple(table.get(key, []))

print(lookup({"a": [1, 2]}, "a"), lookup({}, "b"))
print(lookup.__annotations__)

total: int = 10
names: list[str] = ["x"]
config: Mapping[str, Callable[[int], int]]
print(__annotations__)

class Node:
    value: int
    children: list[Node] = []

    def __init__(self, value: int) -> None:
        self.value = value

print(Node.__annotations__)
print(Node.__init__.__annotations__)
print(Node(5).value)

def expr(a: 1 + 2, b: -x, c: a.b[1:2], d: (int, str), e: not y) -> f(*args, k=1):
    return 0

for key, text in expr.__annotations__.items():
    print(key, repr(text))
