# f-strings: format specs, conversions, nesting, expressions.
pi = 3.14159265
n = 1234567
name = "Ada"
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:^10.4f}| {pi:+.0f}")
print(f"{n:,} {n:_} {n:>12,} {n:012d} {-n:+d}")
print(f"{255:x} {255:X} {255:#x} {255:o} {255:#b} {5:08b}")
print(f"{0.5:%} {0.125:.1%} {1e-7:g} {123456789.0:e} {1234.5:.3e}")
print(f"{name!r} {name!s} {name!a} {'café'!a} {'tab\there'!r}")
print(f"[{name:>8}] [{name:<8}] [{name:^8}] [{name:*^9}] [{name:.2}]")
width, precision = 12, 3
print(f"[{pi:{width}.{precision}f}] [{name:{'>' if width > 10 else '<'}{width}}]")
print(f"{'{'}literal braces{'}'} {{doubled}} {n % 7} {n // 1000:,}")
items = [1, 2, 3]
print(f"{len(items)} items: {', '.join(str(i * i) for i in items)}")
print(f"{items[1:]!r} {items[-1]} {dict(a=1)['a']} {'yes' if items else 'no'}")
nested = f"{f'{name:>5}':*<10}"
print(nested, len(nested))
for v in (3, 10, 100):
    print(f"{v:3d}|{v:<3d}|{v:^5d}|{v * 1.5:6.2f}")
print(f"{True} {None} {1 == 1.0} {[1, 'a']} {(1,)} {{'k': 1}}")
print(f"{3 + 4 = }" if False else f"{3 + 4}")
print(format(pi, ".3f"), format(42, "05d"), format("x", "^5"), format(12345.678, ",.1f"))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        return f"{self.c * 9 / 5 + 32:{spec}}F" if spec else f"{self.c}C"
    def __repr__(self):
        return f"Temp({self.c!r})"
t = Temp(100)
print(f"{t} {t:.1f} {t!r}")
