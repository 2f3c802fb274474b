# Primes: sieve of Eratosthenes, segmented sieve, trial division, factorisation, Miller-Rabin, totient.
import math
def sieve(n):
    is_prime = bytearray([1]) * (n + 1)
    is_prime[0:2] = b"\x00\x00"
    for p in range(2, int(n ** 0.5) + 1):
        if is_prime[p]:
            is_prime[p * p::p] = bytearray(len(range(p * p, n + 1, p)))
    return [i for i, flag in enumerate(is_prime) if flag]

def sieve_bool(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return [i for i in range(n + 1) if flags[i]]

def segmented(lo, hi):
    base = sieve(int(hi ** 0.5) + 1)
    mark = [True] * (hi - lo)
    for p in base:
        start = max(p * p, (lo + p - 1) // p * p)
        for m in range(start, hi, p):
            mark[m - lo] = False
    return [lo + i for i, ok in enumerate(mark) if ok and lo + i > 1]

def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors

def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True

def phi(n):
    result = n
    for p in factorize(n):
        result = result // p * (p - 1)
    return result

primes = sieve(200)
print(len(primes), primes)
print(sieve_bool(200) == primes, sieve(2), sieve(1), sieve(10))
print(len(sieve(100000)), sieve(100000)[-5:])
print(segmented(1000, 1100))
print(segmented(10 ** 6, 10 ** 6 + 200))
for n in [1, 2, 12, 360, 97, 1001, 65536, 600851475143, 2 ** 32 + 1, 999999000001]:
    f = factorize(n)
    text = " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items()))
    print(n, "=", text or "1", "phi", phi(n), "divisors", 1 if n == 1 else math.prod(e + 1 for e in f.values()))
for n in [2 ** 61 - 1, 2 ** 67 - 1, 10 ** 18 + 9, 10 ** 18 + 7, 561, 1105, 2 ** 89 - 1, 3 * 2 ** 100 + 1]:
    print(n, is_probable_prime(n))
twins = [(p, p + 2) for p, q in zip(primes, primes[1:]) if q == p + 2]
print("twins", twins)
gaps = {}
for p, q in zip(primes, primes[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print("gaps", sorted(gaps.items()))
goldbach = {n: next((p, n - p) for p in primes if n - p in set(primes)) for n in range(4, 60, 6)}
print("goldbach", goldbach)
