# io.StringIO subclassed in Python: overridden methods, super() calls, extra state, and print(file=...).
import io

class Upper(io.StringIO):
    def __init__(self, initial=""):
        super().__init__(initial)
        self.writes = 0

    def write(self, s):
        self.writes += 1
        return super().write(s.upper())

    def getvalue(self):
        return "[" + super().getvalue() + "]"

u = Upper()
print(u.write("hello "), u.write("world"))
print(u.getvalue(), u.writes)
print(isinstance(u, io.StringIO), type(u).__name__, Upper.__mro__[1].__name__)
print("line", 1, file=u)
print(u.getvalue(), u.writes)
u.seek(0)
print(repr(u.read()))
print(u.tell(), u.closed)

class Tee(io.StringIO):
    def __init__(self):
        super().__init__()
        self.lines = []

    def write(self, s):
        self.lines.append(s)
        return io.StringIO.write(self, s)

t = Tee()
t.writelines(["a\n", "b\n"])
t.write("c")
print(t.lines, repr(t.getvalue()))
t.seek(0)
print([line for line in t])

with Upper("start") as w:
    print(w.getvalue(), w.read())
print(w.closed)

class Plain(io.StringIO):
    pass

p = Plain("x\ny\n")
print(p.readline(), p.readlines(), p.getvalue() == "x\ny\n")
p.extra = 5
print(p.extra, type(p).__mro__[-1].__name__)
