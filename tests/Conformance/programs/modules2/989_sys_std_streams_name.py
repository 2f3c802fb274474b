# sys.stdout, sys.stderr and sys.stdin carry CPython's names for the standard streams.
import sys

for stream in (sys.stdout, sys.stderr, sys.stdin):
    print(stream.name, type(stream.name).__name__)
print(sys.__stdout__.name, sys.__stderr__.name, sys.__stdin__.name)
print(sys.stdout.name == "<stdout>", sys.stdout.mode, sys.stderr.mode, sys.stdin.mode)
names = sorted(s.name for s in (sys.stdin, sys.stdout, sys.stderr))
print(names)
try:
    sys.stdout.name = "other"
except AttributeError as e:
    print("AttributeError:", e)
print(sys.stdout.name)
