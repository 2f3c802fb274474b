# Number conversions: roman numerals both ways, arbitrary bases, digit sums, number words.
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range for roman numerals")
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)

def from_roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        if ch not in values:
            raise ValueError(f"invalid roman digit {ch!r}")
        v = values[ch]
        if i + 1 < len(s) and values.get(s[i + 1], 0) > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f"{s!r} is not canonical (would be {to_roman(total)!r})")
    return total

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r))
for bad in [0, 4000, "IIII", "IC", "ABC"]:
    try:
        print(to_roman(bad) if isinstance(bad, int) else from_roman(bad))
    except ValueError as e:
        print("ValueError:", e)
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))
for n in [0, 7, 255, -255, 1000000, 2 ** 64, 123456789]:
    row = [to_base(n, b) for b in (2, 3, 8, 16, 36)]
    print(n, row, [int(s, b) == n for s, b in zip(row, (2, 3, 8, 16, 36))])
print(bin(255), oct(255), hex(255), format(255, "b"), int("0b11111111", 0), int("0o377", 0), int("0xff", 0))

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, rest = divmod(n, 100)
        return ONES[h] + " hundred" + (" and " + words(rest) if rest else "")
    for size, name in ((10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")):
        if n >= size:
            big, rest = divmod(n, size)
            return words(big) + " " + name + ((", " if rest >= 100 else " and ") + words(rest) if rest else "")
for n in [0, 13, 21, 99, 100, 101, 342, 1000, 1001, 12345, 1000000, 987654321, 2000000016]:
    print(n, words(n))
letters = sum(len(words(n).replace(" ", "").replace("-", "").replace(",", "")) for n in range(1, 1001))
print("letters 1..1000:", letters)
def digital_root(n):
    while n >= 10:
        n = sum(int(d) for d in str(n))
    return n
print([digital_root(n) for n in (0, 9, 38, 123456789, 2 ** 100)], sum(map(int, str(2 ** 1000))))
def luhn(number):
    digits = [int(d) for d in str(number)][::-1]
    total = sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])
    return total % 10 == 0
print([luhn(n) for n in (79927398713, 79927398710, 4539578763621486, 1234567812345678)])
