# A length-prefixed binary protocol written with bytes, bytearray and int.to_bytes-free arithmetic.
def encode_message(fields):
    out = bytearray()
    for field in fields:
        data = field.encode("utf-8")
        size = len(data)
        out.append(size >> 8)
        out.append(size & 0xFF)
        out.extend(data)
    return bytes(out)

def decode_message(blob):
    fields, pos = [], 0
    while pos < len(blob):
        if pos + 2 > len(blob):
            raise ValueError(f"truncated header at {pos}")
        size = (blob[pos] << 8) | blob[pos + 1]
        pos += 2
        chunk = blob[pos:pos + size]
        if len(chunk) != size:
            raise ValueError(f"truncated field: wanted {size}, got {len(chunk)}")
        fields.append(chunk.decode("utf-8"))
        pos += size
    return fields

msg = encode_message(["GET", "/index.html", "naïve", ""])
print(msg, len(msg))
print(decode_message(msg))
for broken in (msg[:-3], msg[:1], b"\x00\x02\xff\xfe"):
    try:
        print(decode_message(broken))
    except ValueError as e:
        print(type(e).__name__ + ":", e)
checksum = sum(msg) % 256
print(checksum, bytes([checksum]).hex(), msg.count(b"\x00"), msg.find(b"naive"), msg.find("naïve".encode()))
