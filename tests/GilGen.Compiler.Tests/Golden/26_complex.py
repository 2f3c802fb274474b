# Complex constants: imaginary literals, the ones the compiler folds (sums, products, quotients, powers,
# negation), signed zeros kept apart, and operations folding leaves to run time (division by zero).
a = 1j
b = 1 + 2j
c = -1j
d = -0j
e = (1+2j) * (3-4j) / 2 ** 0.5j
f = 2j ** 2
g = (0j, 1j, -0j, 1.5 + 0j, 1e400j)
h = 3 + 0j == 3
def k(x=3j):
    return x * 2j + 1j ** -1
def m():
    try:
        return 1j / 0
    except ZeroDivisionError as err:
        return str(err)
print(a, b, c, d, e, f, g, h, k(), k(1), m())
