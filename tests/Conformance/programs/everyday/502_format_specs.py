# f-strings and format() with every part of the format-spec mini-language.
n = 1234567
x = 3.14159265
neg = -42
print(f"[{n}] [{n:,}] [{n:_}] [{n:12,}] [{n:<12}] [{n:^12}] [{n:>12}] [{n:*^15,}]")
print(f"[{neg:+}] [{n:+}] [{n: }] [{neg: }] [{neg:08}] [{neg:=8}] [{neg:<8}] [{n:-}]")
print(f"[{255:b}] [{255:o}] [{255:x}] [{255:X}] [{255:#b}] [{255:#o}] [{255:#x}] [{255:#X}]")
print(f"[{255:010b}] [{255:#010x}] [{-255:#x}] [{65:c}] [{0x1F600 - 0x1F600 + 97:c}] [{1234567:_x}] [{1234567890:_b}]")
print(f"[{x}] [{x:.2f}] [{x:10.3f}] [{x:<10.3f}] [{x:^10.1f}] [{x:+.4f}] [{-x:.0f}] [{x:e}] [{x:.3E}]")
print(f"[{x:g}] [{1e-7:g}] [{1e16:g}] [{123456789.0:g}] [{0.0001234:.2g}] [{1234.5:.3g}] [{100.0:g}] [{x:G}]")
print(f"[{0.25:%}] [{0.25:.1%}] [{1/3:.3%}] [{-0.5:>10.2%}] [{2.5:.0f}] [{3.5:.0f}] [{1e300 * 10:f}] [{-1e300 * 10:e}]")
print(f"[{1234567.891:,.2f}] [{1234567.891:_.3f}] [{0.000001:f}] [{1e22:f}] [{12.0:n}] [{7:n}] [{1.5:#.0f}]")
print(f"[{'abc'}] [{'abc':>6}] [{'abc':<6}] [{'abc':^7}] [{'abc':-^9}] [{'abcdef':.3}] [{'abcdef':>8.2}] [{'':x<3}]")
print(f"[{True}] [{True:d}] [{False:>6}] [{None}] [{None!r}] [{'q'!r}] [{'é'!a}] [{3!s:>4}]")
w, p = 12, 4
print(f"[{x:{w}.{p}f}] [{x:>{w}}] [{'mid':{'*'}^{w}}] [{n:{','}}]")
values = [0, 1, -1, 10.5, -0.0, 1e-10, 123456789012345678]
for v in values:
    print(f"{v!r:>22} | {format(v, ''):>22} | {format(v, '>12.3') if isinstance(v, float) else format(v, '>12'):>12}")
print(format(12, "04d"), format(12.5, "08.2f"), format(-12.5, "08.2f"), format(12, "x"), format("s", "^5"))
print("{} {} {}".format(1, "two", 3.0), "{0}{1}{0}".format("a", "b"), "{name}-{num:03}".format(name="id", num=7))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{0[1]} {1[k]}".format([10, 20], {"k": "v"}))
print("{!r} {!s} {:.2f} {{literal}} {:%}".format("x", "y", 2 / 3, 0.125))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        text = f"${self.cents // 100}.{self.cents % 100:02d}"
        return format(text, spec) if spec else text
    def __repr__(self):
        return f"Money({self.cents})"
m = Money(123456)
print(f"[{m}] [{m:>12}] [{m!r}] [{m!r:>14}]", "{:<12}|".format(m), format(m))
table = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 4.125)]
print(f"{'item':<10}{'qty':>5}{'price':>9}{'total':>10}")
for name, qty, price in table:
    print(f"{name:<10}{qty:>5d}{price:>9.3f}{qty * price:>10.2f}")
print(f"{'sum':<10}{sum(q for _, q, _ in table):>5}{'':>9}{sum(q * p for _, q, p in table):>10.2f}")
print(f"{'nested {braces}'}", f"{{}}", f"{'a' 'b'}", f"{3 + 4 = }", f"{x = :.2f}", f"{n=:,}")
for width in range(1, 6):
    print(f"|{'*' * width:^{2 * width + 1}}|{width:0{width}d}|")
