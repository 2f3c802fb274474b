def encode_varint(n):
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)

def decode_varint(data, pos=0):
    result = shift = 0
    while True:
        b = data[pos]
        result |= (b & 0x7F) << shift
        pos += 1
        if not b & 0x80:
            return result, pos
        shift += 7

for n in [0, 1, 127, 128, 300, 16384, 2 ** 32, 2 ** 63 + 11]:
    enc = encode_varint(n)
    print(n, enc.hex(), decode_varint(enc) == (n, len(enc)))

def pack(fields):
    out = b''
    for kind, value in fields:
        if kind == 'u16':
            out += value.to_bytes(2, 'big')
        elif kind == 'i32':
            out += value.to_bytes(4, 'big', signed=True)
        elif kind == 'u64le':
            out += value.to_bytes(8, 'little')
    return out

def unpack(data, kinds):
    pos, values = 0, []
    for kind in kinds:
        size = {'u16': 2, 'i32': 4, 'u64le': 8}[kind]
        chunk = data[pos:pos + size]
        if kind == 'i32':
            values.append(int.from_bytes(chunk, 'big', signed=True))
        elif kind == 'u64le':
            values.append(int.from_bytes(chunk, 'little'))
        else:
            values.append(int.from_bytes(chunk, 'big'))
        pos += size
    return values

fields = [('u16', 513), ('i32', -2), ('u64le', 2 ** 40 + 7), ('i32', 2 ** 31 - 1)]
blob = pack(fields)
print(blob.hex(), len(blob))
print(unpack(blob, [k for k, _ in fields]) == [v for _, v in fields])
print(unpack(blob, ['u16', 'i32', 'u64le', 'i32']))

def crc8(data, poly=0x07):
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ poly) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc

print(hex(crc8(b'123456789')), crc8(blob), crc8(b''))
print([(n, n.bit_count(), n.bit_length(), n.as_integer_ratio()) for n in (0, 5, 255, -9, 2 ** 70)])
ip = '192.168.1.77'
as_int = int.from_bytes(bytes(int(p) for p in ip.split('.')), 'big')
print(as_int, '.'.join(str(b) for b in as_int.to_bytes(4, 'big')), hex(as_int))
mask = (2 ** 32 - 1) ^ (2 ** 8 - 1)
print('.'.join(map(str, (as_int & mask).to_bytes(4, 'big'))), mask.bit_count())
