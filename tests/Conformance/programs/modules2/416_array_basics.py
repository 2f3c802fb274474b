import array
from array import array as Array

print(array.typecodes, array.ArrayType is Array)
a = Array('i', [3, 1, 4, 1, 5])
print(a, len(a), a[0], a[-1], a[1:3], a[::-1], a.typecode, a.itemsize)
a.append(9)
a.extend([2, 6])
a.extend(Array('i', [5, 3]))
a.insert(0, -7)
a.insert(100, 8)
a.insert(-1, 0)
print(a, a.count(1), a.index(5), 4 in a, 42 in a)
print(a.pop(), a.pop(0), a.pop(2), a)
a.remove(1)
a.reverse()
print(a, a.tolist(), sum(a), max(a), sorted(a))
a[0] = 100
a[1:3] = Array('i', [7, 7, 7])
del a[-1]
del a[::3]
print(a)
a[::2] = Array('i', [0] * len(a[::2]))
print(a)

for code, values in [('b', [-128, 0, 127]), ('B', [0, 255]), ('h', [-32768, 32767]), ('H', [65535]), ('l', [-2 ** 63, 2 ** 63 - 1]),
                     ('Q', [2 ** 64 - 1]), ('f', [0.1, 1.5, -2.25]), ('d', [0.1, 1e300]), ('u', 'héllo')]:
    arr = Array(code, values)
    raw = arr.tobytes()
    back = Array(code)
    back.frombytes(raw)
    print(code, arr.itemsize, arr, raw.hex(), back == arr, back.tolist())

print(Array('u', 'abc').tounicode(), Array('f', [0.1])[0], Array('d', [1, 2]), Array('b', b'AB'))
print(Array('i', [1, 2]) == Array('d', [1.0, 2.0]), Array('i', [1, 2]) < Array('i', [1, 3]), Array('i') == Array('i'), bool(Array('i')))
print(Array('h', [1, 2]) + Array('h', [3]), Array('B', [7]) * 3, 2 * Array('B', [1, 0]))
b = Array('d', [1.5])
b += Array('d', [2.5])
b *= 2
print(b, list(iter(b)), [x * 2 for x in b])
sw = Array('H', [1, 256])
sw.byteswap()
print(sw)
fl = Array('i')
fl.fromlist([1, 2, 3])
print(fl)
u = Array('u')
u.fromunicode('xyz')
print(u, u.tounicode(), u[1])

def attempt(label, f):
    try:
        print(label, f())
    except (OverflowError, TypeError, ValueError, IndexError) as e:
        print(label, type(e).__name__, e)

attempt('b high', lambda: Array('b', [128]))
attempt('b low', lambda: Array('b', [-129]))
attempt('B neg', lambda: Array('B', [-1]))
attempt('H high', lambda: Array('H', [70000]))
attempt('i high', lambda: Array('i', [2 ** 31]))
attempt('I neg', lambda: Array('I', [-1]))
attempt('l high', lambda: Array('l', [2 ** 63]))
attempt('Q neg', lambda: Array('Q', [-1]))
attempt('float in i', lambda: Array('i', [1.5]))
attempt('str in d', lambda: Array('d', ['x']))
attempt('u bad', lambda: Array('u', [5]))
attempt('bad code', lambda: Array('z'))
attempt('str init', lambda: Array('i', 'ab'))
attempt('index', lambda: Array('i', [1])[3])
def assign(target, key, value):
    target[key] = value

attempt('assign index', lambda: assign(Array('i', [1]), 5, 1))
attempt('pop empty', lambda: Array('i').pop())
attempt('remove missing', lambda: Array('i', [1]).remove(2))
attempt('index missing', lambda: Array('i', [1]).index(2))
attempt('extend kind', lambda: Array('i').extend(Array('d')))
attempt('add kind', lambda: Array('i') + Array('d'))
attempt('add list', lambda: Array('i') + [1])
attempt('frombytes odd', lambda: Array('i').frombytes(b'abc'))
attempt('slice list', lambda: assign(Array('i', [1]), slice(0, 1), [1]))
attempt('tounicode', lambda: Array('i').tounicode())
attempt('mul str', lambda: Array('i') * 'x')
attempt('overflow append', lambda: Array('B', [1]).append(256))
attempt('hash', lambda: hash(Array('i')))
