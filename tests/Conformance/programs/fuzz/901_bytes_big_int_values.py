# Found by tools/fuzz.sh programs (seeds 15144, 16429): an int too big for a machine word as a byte value
# is out of range(0, 256) (ValueError), not a TypeError or an index-size error.
for v in ([300], [-1], [2**70], [1, 256]):
    try:
        print(bytes(v))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(bytearray([300]))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(bytes([2**70]))
except Exception as e:
    print(type(e).__name__, e)
ba = bytearray(b'ab')
for op in (lambda: ba.append(300), lambda: ba.append(2**70), lambda: ba.insert(0, -1), lambda: ba.insert(0, 2**70), lambda: b"ab".count(2**70), lambda: bytes(2**3), lambda: ba.extend([999]), lambda: b'abc'.count(300), lambda: 300 in b'abc', lambda: b'ab'.index(2**70)):
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
