"""Module docstring comes before the future import."""
from __future__ import annotations
import __future__

print(__doc__)
print(__future__.annotations.compiler_flag, __future__.annotations)
print(__future__.division, "annotations" in __future__.all_feature_names)

def f(x: SomeUndefinedType) -> AnotherUndefined:
    return x

print(f(3), f.__annotations__)
value: NotDefinedEither = 5
print(value, __annotations__)
