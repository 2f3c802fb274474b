values = [0, 1, 255, 256, 1024, 65535, -1, -128, -129, 2 ** 64 + 5, -(2 ** 70)]
for v in values:
    n = max(1, (v.bit_length() + 8) // 8)
    signed = v.to_bytes(n, 'big', signed=True)
    little = v.to_bytes(n, byteorder='little', signed=True)
    back = int.from_bytes(signed, 'big', signed=True)
    print(v, v.bit_count(), v.bit_length(), signed.hex(), little.hex(), back == v, int.from_bytes(little, 'little', signed=True) == v)

print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (0).to_bytes(0, 'big'), (5).to_bytes())
print(int.from_bytes(b'\x00\x10'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes([1, 2, 3], 'little'))
print(int.from_bytes(bytearray(b'\x01\x00'), 'big'), int.from_bytes(b'', 'big'), int.from_bytes(b'\x80', 'big', signed=True))
print(True.to_bytes(1, 'big'), (3).as_integer_ratio(), (-7).as_integer_ratio(), (2 ** 80).as_integer_ratio()[1], (9).is_integer())
print(True.bit_count(), (2 ** 100 - 1).bit_count(), (-255).bit_count())
print((7).real, (7).imag, (7).numerator, (7).denominator, (2 ** 70).real == 2 ** 70, (2 ** 70).imag, True.real, True.numerator)
print((2.5).real, (2.5).imag, (-0.0).real, float('inf').real, (1e300).imag)
print((2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (3.0).is_integer(), (3.5).is_integer())

for label, f in [
    ('overflow', lambda: (256).to_bytes(1, 'big')),
    ('negative unsigned', lambda: (-1).to_bytes(2, 'big')),
    ('signed overflow', lambda: (128).to_bytes(1, 'big', signed=True)),
    ('bad order', lambda: (1).to_bytes(1, 'middle')),
    ('negative length', lambda: (1).to_bytes(-1, 'big')),
    ('from str', lambda: int.from_bytes('ab', 'big')),
    ('from bad item', lambda: int.from_bytes([300], 'big')),
    ('order type', lambda: (1).to_bytes(1, 5)),
]:
    try:
        print(label, f())
    except (OverflowError, ValueError, TypeError) as e:
        print(label, type(e).__name__, e)

r = range(3, 20, 4)
print(r.start, r.stop, r.step, range(5).start, range(5).step, range(10, 0, -3).step, list(r))
s = {1, 2, 3}
s.symmetric_difference_update({3, 4, 5})
print(sorted(s))
s.symmetric_difference_update([1, 1, 9])
print(sorted(s))

def checksum(data):
    total = 0
    for i in range(0, len(data), 2):
        total += int.from_bytes(data[i:i + 2], 'big')
    total = (total & 0xFFFF) + (total >> 16)
    return (~total & 0xFFFF).to_bytes(2, 'big')

print(checksum(b'\x45\x00\x00\x1c\x00\x00\x40\x00\x40\x11').hex())
packed = b''.join(n.to_bytes(4, 'little') for n in (1, 256, 70000))
print(packed.hex(), [int.from_bytes(packed[i:i + 4], 'little') for i in range(0, 12, 4)])
