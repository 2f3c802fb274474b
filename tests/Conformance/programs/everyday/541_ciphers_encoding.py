# String transforms: Caesar, Vigenere, run-length encoding, base64 by hand, hex dumps, ROT13 via translate.
import string

def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isascii() and ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)

def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for ch in text:
        if ch.isalpha():
            shift = ord(key[k % len(key)].lower()) - ord("a")
            out.append(caesar(ch, -shift if decrypt else shift))
            k += 1
        else:
            out.append(ch)
    return "".join(out)

msg = "Attack at Dawn, Zebra-77!"
for s in (1, 3, 13, 25, 26, -1):
    enc = caesar(msg, s)
    print(f"{s:>3} {enc} {caesar(enc, -s) == msg}")
v = vigenere(msg, "lemon")
print(v, vigenere(v, "lemon", decrypt=True))
rot13 = str.maketrans(string.ascii_lowercase + string.ascii_uppercase,
                      string.ascii_lowercase[13:] + string.ascii_lowercase[:13] + string.ascii_uppercase[13:] + string.ascii_uppercase[:13])
print(msg.translate(rot13), msg.translate(rot13).translate(rot13) == msg, caesar(msg, 13) == msg.translate(rot13))

def rle_encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)

def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"]:
    e = rle_encode(s)
    print(repr(e), rle_decode(e) == s)

B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        chars = [B64[(n >> s) & 63] for s in (18, 12, 6, 0)]
        out.append("".join(chars[:len(chunk) + 1]) + "=" * (3 - len(chunk)))
    return "".join(out)
def b64decode(text):
    text = text.rstrip("=")
    bits = "".join(format(B64.index(c), "06b") for c in text)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))
for raw in [b"", b"f", b"fo", b"foo", b"foobar", "héllo wörld".encode("utf-8"), bytes(range(10))]:
    enc = b64encode(raw)
    print(raw, enc, b64decode(enc) == raw)

def hexdump(data, width=8):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexes = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{off:04x}  {hexes:<{width * 3 - 1}}  |{text}|")
hexdump("GilGen: Python → C#\n\ttabs".encode("utf-8"))
print("caf\u00e9".encode("utf-8"), "caf\u00e9".encode("latin-1"), b"caf\xc3\xa9".decode("utf-8"), len("caf\u00e9".encode()))
print(bytes.fromhex("48656c6c6f"), bytes.fromhex(" 41 42\t43 "), bytearray.fromhex("ff00"), b"Hello".hex(), b"Hi".hex("-"))
for bad in ["4 8", "4g", "abc"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print("ValueError:", e)
print(string.ascii_letters[:10], string.digits, string.punctuation[:10], string.hexdigits, string.octdigits)
