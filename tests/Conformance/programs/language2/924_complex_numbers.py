# Complex numbers: literals and folded constants, arithmetic mixed with ints and floats, the errors, repr.
z = 1 + 2j
w = 3 - 4j
print(z, w, -1j, 1j * 1j, 0j, -0j, 2.5j, 1e16j, 1e400j, 010j)
print(z + w, z - w, z * w, z / w, z ** 2, z ** -1, z ** 0.5, 2 ** z, z ** z)
print(z + 1, 1 + z, z * 2.5, 2.5 * z, z / 2, 2 / z, True + z, z - True)
print(abs(w), abs(1j), -z, +z, z.conjugate(), z.real, z.imag, type(z.real).__name__)
print(z == 1 + 2j, z != w, complex(3, 0) == 3, complex(3, 0) == 3.0, 1j == 1, complex(2**53 + 1, 0) == 2**53 + 1)
print(hash(1j), hash(z), hash(complex(5, 0)) == hash(5), hash(complex(-1, 0)), {1j: 'a', complex(0, 1): 'b'})
print(complex(), complex(1), complex(1.5, 2), complex('1+2j'), complex(' (3-4J) '), complex('-j'), complex('inf-nanj'), complex(z), complex(z, z), complex(1, 1j))
print(complex(real=2, imag=3), complex(imag=1), complex('1_000.5e1-2_0j'), bool(0j), bool(0.0 + 1e-300j))
print(repr(complex(-0.0, 0.0)), repr(complex(0.0, -0.0)), repr(complex(float('nan'), 1)), str(complex(1, float('inf'))))
print(sum([1j, 2j, 3]), [x * 1j for x in range(3)], f'{z}', format(z, ''), '%s %r' % (z, w))
for bad in ['', '1+', 'j1', '1 + 2j', '(1', 'abc', '1j+2', '--1']:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), e)
for args in [([],), ('1', 2), (1, '2'), (None,), (1, None)]:
    try:
        complex(*args)
    except TypeError as e:
        print(args, e)
for expr in [lambda: 1j / 0, lambda: z / 0j, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: (1e200 + 1e200j) ** 2.5,
             lambda: 1j < 2j, lambda: int(1j), lambda: float(1j), lambda: 1j // 2, lambda: 1j % 2, lambda: pow(1j, 2, 3),
             lambda: round(1j), lambda: divmod(1j, 2), lambda: 1j << 1]:
    try:
        print(expr())
    except Exception as e:
        print(type(e).__name__, e)
class Z:
    def __complex__(self):
        return 5 - 1j
class F:
    def __float__(self):
        return 2.5
print(complex(Z()), complex(F()), complex(F(), F()), isinstance(1j, complex), type(1j), complex.__name__)
x = 1j
x += 1
x *= 2
x /= 1j
x -= 0.5
x **= 2
print(x)
def f(a=1j, b=-(3+4j)):
    return a * b
print(f(), f(2), (1j).__complex__(), sorted([3j, 1j, 2j], key=abs))
