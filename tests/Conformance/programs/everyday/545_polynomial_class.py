# A Polynomial class: arithmetic operators, Horner evaluation, derivative, long division, equality and str forms.
class Poly:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.c = coeffs or [0]
    @classmethod
    def x(cls):
        return cls([0, 1])
    @property
    def degree(self):
        return -1 if self.c == [0] else len(self.c) - 1
    def __call__(self, x):
        result = 0
        for a in reversed(self.c):
            result = result * x + a
        return result
    def __add__(self, other):
        other = other if isinstance(other, Poly) else Poly([other])
        n = max(len(self.c), len(other.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (other.c[i] if i < len(other.c) else 0) for i in range(n)])
    __radd__ = __add__
    def __neg__(self):
        return Poly([-a for a in self.c])
    def __sub__(self, other):
        return self + (-other if isinstance(other, Poly) else Poly([-other]))
    def __rsub__(self, other):
        return -self + other
    def __mul__(self, other):
        other = other if isinstance(other, Poly) else Poly([other])
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(out)
    __rmul__ = __mul__
    def __pow__(self, n):
        result = Poly([1])
        for _ in range(n):
            result = result * self
        return result
    def __divmod__(self, other):
        if other.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        rem = list(self.c)
        quot = [0] * max(1, len(self.c) - len(other.c) + 1)
        lead = other.c[-1]
        for i in range(len(self.c) - len(other.c), -1, -1):
            factor = rem[i + len(other.c) - 1] / lead
            if factor == int(factor):
                factor = int(factor)
            quot[i] = factor
            for j, b in enumerate(other.c):
                rem[i + j] -= factor * b
        return Poly(quot), Poly(rem[:len(other.c) - 1] or [0])
    def __floordiv__(self, other):
        return divmod(self, other)[0]
    def __mod__(self, other):
        return divmod(self, other)[1]
    def derivative(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])
    def __eq__(self, other):
        if not isinstance(other, Poly):
            other = Poly([other])
        return self.c == other.c
    def __hash__(self):
        return hash(tuple(self.c))
    def __repr__(self):
        return f"Poly({self.c})"
    def __str__(self):
        terms = []
        for power in range(len(self.c) - 1, -1, -1):
            a = self.c[power]
            if a == 0 and len(self.c) > 1:
                continue
            sign = "-" if a < 0 else "+"
            mag = abs(a)
            coef = "" if mag == 1 and power else str(mag)
            var = "" if power == 0 else "x" if power == 1 else f"x^{power}"
            terms.append((sign, coef + var))
        first_sign, first = terms[0]
        text = ("-" if first_sign == "-" else "") + first
        for sign, body in terms[1:]:
            text += f" {sign} {body}"
        return text

x = Poly.x()
p = 3 * x ** 2 - 2 * x + 1
q = x - 1
print(p, "|", q, "|", repr(p), p.degree, q.degree, Poly([0]).degree)
print(p + q, "|", p - q, "|", p * q, "|", q ** 4, "|", 5 - q, "|", -p)
print([p(v) for v in range(-2, 3)], p(0.5), q(10 ** 20))
print(p.derivative(), "|", (q ** 4).derivative(), "|", Poly([7]).derivative())
num = x ** 3 - 2 * x ** 2 - 4
quot, rem = divmod(num, x - 3)
print(quot, "|", rem, "|", quot * (x - 3) + rem == num)
print((x ** 2 - 1) // (x + 1), "|", (x ** 2 - 1) % (x + 1), "|", divmod(2 * x ** 2 + 3, 2 * x))
try:
    divmod(p, Poly([0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(p == 3 * x * x - 2 * x + 1, p == q, Poly([5]) == 5, len({p, 3 * x ** 2 - 2 * x + 1, q}))
def newton(poly, guess, steps=6):
    d = poly.derivative()
    for i in range(steps):
        guess = guess - poly(guess) / d(guess)
        print(f"  step {i + 1}: {guess:.12f}")
    return guess
root = newton(x ** 2 - 2, 1.0)
print(f"sqrt(2) ~ {root:.15f}", abs(root * root - 2) < 1e-12)
cheb = [Poly([1]), x]
for n in range(2, 7):
    cheb.append(2 * x * cheb[-1] - cheb[-2])
for n, t in enumerate(cheb):
    print(f"T{n}(x) = {t}")
