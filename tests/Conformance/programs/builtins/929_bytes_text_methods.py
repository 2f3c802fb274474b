# The text-like methods of bytes and bytearray (ASCII case and classes, \n/\r/\r\n lines), the start and end of the search methods, and CPython's errors.
data = [b'hello world', b'  Hello World  ', b'', b'ABC def', b'a\tb\tc\ndd\te', b'line1\nline2\r\nline3\rlast',
        b'-42', b'+7', b'x', b'\xe9t\xe9', b'Title Case Words', b'tItle', b'123abc', b'MiXeD 42']
for d in data:
    print(d, d.partition(b'o'), d.rpartition(b'o'), d.rfind(b'o'), d.removeprefix(b'he'), d.removesuffix(b'ld'))
    print(' ', d.center(15), d.center(16, b'*'), d.ljust(14, b'.'), d.rjust(14), d.zfill(6))
    print(' ', d.isascii(), d.isalnum(), d.islower(), d.isupper(), d.istitle(), d.capitalize(), d.swapcase(), d.title())
    print(' ', d.expandtabs(), d.expandtabs(4), d.splitlines(), d.splitlines(True), d.rsplit(), d.rsplit(b'l', 1), d.rsplit(None, 1))
ba = bytearray(b'Hello, World')
print(ba.partition(b', '), ba.title(), ba.center(20, b'-'), ba.splitlines(), ba.rsplit(b'o'), ba.zfill(15), ba.isalnum())
ba.remove(ord('o'))
print(ba)
table = bytes.maketrans(b'abc', b'xyz')
print(len(table), b'aabbcc'.translate(table), b'hello'.translate(None, b'l'), b'abc'.translate(table, b'b'), bytearray(b'cab').translate(table))
print(b'x'.maketrans(b'1', b'2')[48:52], bytearray.maketrans(b'', b'')[:3])
for call in [lambda: b'abc'.partition(b''), lambda: b'abc'.rindex(b'z'), lambda: b'abc'.center(9, b'**'), lambda: b'abc'.ljust(9, '*'),
             lambda: b'abc'.translate(b'short'), lambda: bytes.maketrans(b'ab', b'c'), lambda: bytearray(b'abc').remove(ord('z')),
             lambda: b'abc'.rsplit(b''), lambda: b'abc'.removeprefix('a'), lambda: b'a'.zfill('3')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

# The start and end arguments of the search methods: clamped as slices, None for an end, beyond the data.
for d in (b'abcabcab', bytearray(b'abcabcab'), b''):
    print(d.find(b'c', 3), d.find(b'c', 3, 5), d.find(b'c', -3), d.find(b'', 8), d.find(b'', 9), d.rfind(b'ab', 0, 7), d.rfind(b'', 2, 4))
    print(d.count(b'ab', 1), d.count(b'', 2, 5), d.count(b'', 9), d.count(97, None, 4), d.count(b'a', 5, 2), d.find(b'a', None, None), d.rfind(b'', 9))
    print(d.startswith(b'ca', 2), d.startswith(b'', 8), d.startswith(b'', 9), d.endswith(b'ab', 0, 5), d.endswith((b'x', b'ca'), 0, -2),
          d.endswith(b'', 3, 1), d.startswith((b'b', b'a'), -2), d.endswith(b'b', -100, 100))
    for call in [lambda: d.index(b'b', 2), lambda: d.rindex(98, 0, -1), lambda: d.find(b'a', 'x'), lambda: d.index(b'z', 1, 2), lambda: d.rindex(b'a', 5, 6)]:
        try:
            print(call())
        except Exception as e:
            print(type(e).__name__, e)
