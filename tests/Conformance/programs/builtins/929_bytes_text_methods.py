# The text-like methods of bytes and bytearray (ASCII case and classes, \n/\r/\r\n lines), with CPython's errors.
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
