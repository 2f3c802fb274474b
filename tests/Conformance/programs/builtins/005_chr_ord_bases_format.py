# chr, ord, bin, oct, hex, format, repr, ascii.
print([ord(c) for c in "Az09 ~"], [chr(n) for n in [65, 97, 48, 8364, 128512]])
print(ord("€"), chr(0x263A), repr(chr(0)), repr(chr(127)), repr(chr(0x85)))
for n in [0, 1, 7, 8, 255, -255, 2**40, -(2**70)]:
    print(n, bin(n), oct(n), hex(n))
print(int("0b101", 0), int("0o17", 0), int("0xff", 0), int("z", 36), int("  42  "), int("-7"), int("1_000"))
print(format(255, "x"), format(255, "#X"), format(255, "08b"), format(255, "o"), format(1234567, ","), format(1234567, "_"))
print(format(3.14159, ".2f"), format(3.14159, "10.3f"), format(-3.14159, "+.1e"), format(0.000123, "g"), format(123456789.0, "g"))
print(format(0.25, "%"), format(0.25, ".1%"), format(42, ">6"), format("ab", "*^8"), format("ab", "<5") + "|")
print(format(1e100, ".3g"), format(12.0, "g"), format(1.5, ""), format(10, "+d"), format(-10, " d"), format(10, " d"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnew\nline"), repr("\\"))
print(ascii("naïve café"), ascii("日本"), ascii("plain"), ascii(["é"]))
print(repr(1.0), repr(1e22), repr(1e-5), repr(0.1), repr(-0.0), repr(float("nan")), repr(float("-inf")))
print(str(1e16), str(123456789.123456789), str(2.5e-324 * 2), repr(5e-324))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: hex(1.5), lambda: format(1, "q")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
