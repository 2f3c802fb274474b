# print() options and io.StringIO as a file-like sink: sep, end, file, flush; writing reports into buffers.
import io
import sys

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" | ", end=" <end>\n")
print()
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep=", ")
for i in range(3):
    print(i, end=" ")
print()
print("no newline", end="")
print(" ... continued", flush=True)
buf = io.StringIO()
print("header", file=buf)
print("x", "y", sep="\t", file=buf)
print("total:", 42, file=buf, end="!\n")
text = buf.getvalue()
print(repr(text), len(text), text.count("\n"))
buf.write("raw write\n")
n = buf.write("12345")
print(n, repr(buf.getvalue()[-16:]))

report = io.StringIO()
rows = [("alpha", 3, 1.5), ("beta", 10, 0.25), ("gamma", 7, 12.125)]
report.write(f"{'name':<8}{'n':>4}{'cost':>10}\n")
report.write("-" * 22 + "\n")
for name, n, cost in rows:
    report.write(f"{name:<8}{n:>4}{cost:>10.3f}\n")
report.write("=" * 22 + "\n")
report.write(f"{'sum':<8}{sum(r[1] for r in rows):>4}{sum(r[2] for r in rows):>10.3f}\n")
print(report.getvalue(), end="")

reader = io.StringIO("line one\nline two\n\nline four\n")
print(reader.readline(), end="")
print(repr(reader.readline()))
print(reader.read())
reader.seek(0)
print([l.rstrip("\n") for l in reader])
reader.seek(0)
print(reader.readlines(), reader.read() == "")
out = io.StringIO()
old = sys.stdout
sys.stdout = out
print("captured 1")
print("captured", 2)
sys.stdout = old
print("got back:", repr(out.getvalue()))
def log(*args, **kwargs):
    kwargs.setdefault("sep", " :: ")
    print("[log]", *args, **kwargs)
log("one", "two")
log("three", sep="-")
log("four", end=".\n")
err = io.StringIO()
print("to stderr-like buffer", file=err)
print(err.getvalue().strip().upper())
try:
    print("x", sep=1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
s = io.StringIO()
s.write("hello world")
s.seek(6)
s.write("WORLD")
print(s.getvalue(), s.tell())
