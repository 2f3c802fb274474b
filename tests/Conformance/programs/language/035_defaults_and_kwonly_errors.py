# Definition-time errors are compile errors; call-time ones are TypeErrors.
def connect(host, port=80, *, timeout=5.0, retries=3, **options):
    return f"{host}:{port} t={timeout} r={retries} o={sorted(options.items())}"

print(connect("a"))
print(connect("b", 8080, timeout=1))
print(connect(port=1, host="c", retries=0, verbose=True, secure=False))
for call in [
    lambda: connect(),
    lambda: connect("a", 1, 2),
    lambda: connect("a", port=1, host="b"),
    lambda: connect("a", **{"port": 2, "timeout": 3}, retries=1),
    lambda: connect("a", **{"timeout": 3}, timeout=4),
    lambda: connect(*("a", 1, 2)),
]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

def strict(a, /, b, *, c):
    return (a, b, c)

for call in [
    lambda: strict(1, 2, c=3),
    lambda: strict(1, b=2, c=3),
    lambda: strict(a=1, b=2, c=3),
    lambda: strict(1, 2, 3),
    lambda: strict(1, c=3),
]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
