# io.BytesIO: an in-memory binary stream, with CPython's errors.
import io


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


b = io.BytesIO(b'hello\nworld\nlast')
print(type(b), io.BytesIO.__module__, b.closed, b.readable(), b.writable(), b.seekable(), b.isatty())
print(b.read(3), b.tell(), b.readline(), b.readline(2), b.readlines(), b.read(), b.tell())
print(b.seek(-4, 2), b.read(), b.seek(-100, 1), b.tell(), b.seek(2), b.read1(2), b.seek(1, 1))
print(b.seek(20), b.write(b'x'), b.getvalue(), len(b.getvalue()))
print(b.seek(0), b.write(b'HE'), b.getvalue()[:8], b.tell())
show('negative seek', lambda: b.seek(-1))
show('whence 3', lambda: b.seek(0, 3))
show('seek str', lambda: b.seek('a'))
show('write str', lambda: b.write('s'))
show('write int', lambda: b.write(1))
show('truncate negative', lambda: b.truncate(-1))
show('read str', lambda: b.read('x'))
print(b.truncate(4), b.tell(), b.getvalue(), b.truncate(), b.getvalue(), b.truncate(100), b.getvalue())

# bytearray in and out; writing over and past the end.
w = io.BytesIO()
print(w.write(bytearray(b'abc')), w.write(b''), w.getvalue(), w.tell())
w.seek(1)
w.write(b'ZZZZ')
print(w.getvalue(), w.tell())
w.writelines([b'1', bytearray(b'2'), b'3\n'])
print(w.getvalue())
w.seek(0)
print(list(w), w.read())
w.seek(0)
print(w.readlines(3), w.readlines(-1))
w.seek(0)
w.write(b'ab\ncd\nef\n')
w.seek(0)
print(w.readlines(3), w.readlines(), io.BytesIO(b'ab\ncd\n').readlines(2))

print(io.BytesIO(bytearray(b'ba')).read(), io.BytesIO().read(), io.BytesIO(None).getvalue(), io.BytesIO(initial_bytes=b'kw').read())
show('str initial', lambda: io.BytesIO('x'))
show('int initial', lambda: io.BytesIO(1))

with io.BytesIO(b'line1\nline2\n') as f:
    for line in f:
        print(line)
    print(f.closed)
print(f.closed)
for name in ['read', 'getvalue', 'tell', 'readline', 'flush', 'readable', 'truncate', 'readlines', 'isatty', 'read1', '__enter__']:
    show(name, getattr(f, name))
show('write', lambda: f.write(b''))
show('writelines', lambda: f.writelines([]))
show('seek', lambda: f.seek(0))
show('next', lambda: next(f))
print(iter(f) is f)
f.close()
print(f.closed)

# The closed text stream says it without a full stop, as CPython's StringIO.
s = io.StringIO('t')
s.close()
show('StringIO read', s.read)
show('StringIO isatty', s.isatty)
show('StringIO readlines', s.readlines)
show('StringIO flush', s.flush)
show('StringIO iter', lambda: iter(s))
show('StringIO readable', s.readable)
show('StringIO writelines', lambda: s.writelines([]))
s2 = io.StringIO('a\nb\nc\n')
print(s2.readlines(2), s2.readlines())
