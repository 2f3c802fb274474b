# Variable and function annotations: __annotations__ of modules, classes and functions.
count: int = 3
name: str
ratio: float = count / 4
(hidden): int = 7
items: list = [1, 2]

print(__annotations__)
print(count, ratio, hidden, items)

def area(width: float, height: float = 1.0, *scale: int, unit: str = "m", **extra: bool) -> str:
    local: int = 5
    unused: str
    return f"{width * height * local / 5}{unit}"

print(area(2, 3), area(1.5, unit="cm"))
print(area.__annotations__)

def plain(a, b):
    return a

print(plain.__annotations__)

class Point:
    x: int = 0
    y: int = 0
    label: str

print(Point.__annotations__)
print(Point.x, Point.y)

data = {}
data["key"]: str = "value"
print(data)

for i in range(3):
    square: int = i * i
print(square, __annotations__["square"])

def outer() -> None:
    def inner(v: "Point") -> "list[int]":
        return [v]
    return inner.__annotations__

print(outer())
print(outer.__annotations__)
