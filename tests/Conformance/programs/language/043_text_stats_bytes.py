# Byte-level text statistics: counting with bytearray, decoding, and hex dumps.
text = "Größe: 5 Äpfel, 3 Birnen; coût 12 €"
raw = text.encode("utf-8")
print(len(text), len(raw))
hist = bytearray(256) if False else [0] * 256
for byte in raw:
    hist[byte] += 1
ascii_count = sum(hist[:128])
print("ascii bytes:", ascii_count, "non-ascii bytes:", len(raw) - ascii_count)
print("most common:", sorted(((n, b) for b, n in enumerate(hist) if n), reverse=True)[:3])

def hexdump(data, width=8):
    lines = []
    for offset in range(0, len(data), width):
        chunk = data[offset:offset + width]
        hex_part = " ".join(f"{b:02x}" for b in chunk)
        text_part = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{offset:04x}  {hex_part:<{width * 3}} {text_part}")
    return lines

for line in hexdump(raw[:24]):
    print(line)

words = raw.split(b" ")
print([w.decode() for w in words])
print(raw.decode("latin-1")[:12], raw.decode("ascii", "replace")[:12])
safe = text.encode("ascii", "replace").decode("ascii")
print(safe)
digits = bytes(b for b in raw if 48 <= b <= 57)
print(digits, int(digits.decode()), sum(int(chr(d)) for d in digits))
