# printf-style % formatting of ints, floats and strings.
print("%d %i %u" % (42, -7, 3))
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42))
print("%x %X %o %#x %#X %#o %08x" % (255, 255, 8, 255, 255, 8, 3054))
print("%f|%.2f|%10.3f|%-10.1f|%+.1f|%010.2f" % (3.14159, 3.14159, 3.14159, 3.14159, 3.14159, -3.14159))
print("%e|%.2e|%E|%g|%G|%.3g|%g|%g" % (12345.678, 12345.678, 0.00012, 0.00001234, 1e20, 3.14159, 100000.0, 1000000.0))
print("%s|%r|%a|%10s|%-10s|%.3s|%5.1s|" % ("hi", "hi", "é", "right", "left", "truncate", "xyz"))
print("%c%c%c" % (72, "i", 33), "%%", "%d%%" % 50)
print("%(name)s is %(age)d years; %(name)r" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (None, True), "%d" % True, "%.1f" % 2)
print("%s" % 1.0, "%r" % 0.1, "%s" % 1e16, "%s" % 1e-5, "%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%i" % 3.99, "%x" % 10 ** 20, "%d" % -(10 ** 25), "%o" % -8)
for v in [0, 1, -1, 7, 255, 65535, 2 ** 31, -2 ** 40]:
    print("%12d %12x %14o %+.3e" % (v, v, v, v))
rows = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 99.999)]
for name, qty, price in rows:
    print("%-12s x%3d @ %8.2f = %9.2f" % (name, qty, price, qty * price))
errors = [
    lambda: "%d" % "x",
    lambda: "%d %d" % (1,),
    lambda: "%d" % (1, 2),
    lambda: "%(a)s" % (1,),
    lambda: "%z" % 1,
    lambda: "%(missing)s" % {"k": 1},
    lambda: "%c" % "ab",
    lambda: "%x" % 1.5,
    lambda: "%f" % "s",
]
for f in errors:
    try:
        print("no error", f())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
b = b"%s-%d-%x" % (b"bytes", 5, 255)
print(b, b"%5s|%-5s|" % (b"ab", b"cd"), b"%c" % 65)
