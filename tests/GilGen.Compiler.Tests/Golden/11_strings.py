def fstrings(name, value, width):
    a = f"hello {name}"
    b = f"{value!r} and {value!s} and {value!a}"
    c = f"{value:>10}"
    d = f"{value:{width}.{width}}"
    e = f"{name=}"
    f = f"{{literal}} {name}"
    g = f""
    h = f"plain"
    return a, b, c, d, e, f, g, h

def percent(x, y):
    return "single thread: wall %.2f s, cpu %.2f s" % (x, y)

def literals():
    return ('it\'s', "say \"hi\"", 'both \' and "', '\n\t\\', 'caf\xe9', '\u2603', b'bytes\x00\xff',
            r'raw\n', """triple
quoted""", 'implicit' ' concatenation', '\x7f', 'tab\there', '\U0001f600')

def numbers():
    return (1_000_000, 0xff, 0o17, 0b1010, 12345678901234567890123, 1.5, 1e16, 1e-5, 0.1, 1e100,
            3.14159, 2.5e-10, 100.0, 1e15, 123456789.123)
