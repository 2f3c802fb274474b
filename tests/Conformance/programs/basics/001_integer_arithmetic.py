# Integer arithmetic across the 64-bit boundary: inline ints and big ints must agree with CPython.
def show(label, value):
    print(label, value)

big = 2 ** 63
show("2**63", big)
show("2**63 - 1", big - 1)
show("-(2**63)", -big)
show("2**100", 2 ** 100)
show("(2**64) // 3", (2 ** 64) // 3)
show("(2**64) % 7", (2 ** 64) % 7)
show("-7 // 2", -7 // 2)
show("-7 % 2", -7 % 2)
show("7 // -2", 7 // -2)
show("7 % -2", 7 % -2)
show("divmod(-17, 5)", divmod(-17, 5))
show("abs(-2**70)", abs(-2 ** 70))

factorial = 1
for i in range(1, 31):
    factorial *= i
    if i % 5 == 0:
        show("%d!" % i, factorial)

fib = [0, 1]
while len(fib) < 100:
    fib.append(fib[-1] + fib[-2])
show("fib[90]", fib[90])
show("fib[99]", fib[99])
show("sum of fib", sum(fib))
show("bit length", fib[99].bit_length())

x = 9223372036854775807
show("max + 1", x + 1)
show("max * max", x * x)
show("shift", 1 << 80)
show("shift back", (1 << 80) >> 79)
show("and", (2 ** 70 + 5) & 0xFF)
show("or", 2 ** 65 | 1)
show("xor", (2 ** 65) ^ (2 ** 65 + 3))
show("neg floor", -(2 ** 64) // 10)
show("pow mod", pow(3, 200, 1000007))
