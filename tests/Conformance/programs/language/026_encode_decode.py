# str.encode and bytes.decode with utf-8, ascii and latin-1, and the error handlers.
texts = ["plain", "café", "naïve résumé", "€100", "日本", "math ∑"]
for t in texts:
    u = t.encode()
    print(t, len(t), u, len(u), u.decode("utf-8") == t)

print("café".encode("latin-1"), b"caf\xe9".decode("latin-1"), "ÿ".encode("latin1"))
print("abc".encode("ascii"), b"abc".decode("ascii"), "x".encode("UTF-8"), "y".encode(encoding="utf8"))

for t in ("café", "€"):
    for enc in ("ascii", "latin-1"):
        try:
            print(t.encode(enc))
        except UnicodeEncodeError as e:
            print("UnicodeEncodeError:", e)
        print(t.encode(enc, "replace"), t.encode(enc, errors="ignore"))

for data in (b"\xff", b"ok\xc3", b"\xc3\x28", b"caf\xc3\xa9"):
    try:
        print(data.decode("utf-8"))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    print(data.decode("utf-8", "replace"), data.decode("utf-8", "ignore"))

try:
    b"\x80abc".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\x80abc".decode("ascii", "replace"), b"\x80abc".decode("ascii", "ignore"))
try:
    "x".encode("klingon")
except LookupError as e:
    print("LookupError:", e)

roundtrip = "Grüße, 世界!"
for enc in ("utf-8", "utf8", "UTF-8"):
    print(enc, roundtrip.encode(enc).decode(enc) == roundtrip)
raw = roundtrip.encode()
print(raw.hex(), len(raw), raw[:3], raw.decode()[:3])
print(bytes(range(65, 70)).decode(), bytearray("ßx", "utf-8").decode("utf-8"))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(UnicodeEncodeError, UnicodeError))
