# Bound and unbound methods: __self__, __func__, identity, storing methods, methods as callbacks.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, other):
        return "%s greets %s" % (self.name, other)

    def rename(self, name):
        self.name = name
        return self

g = Greeter("ann")
m = g.greet
print(m("bob"), m.__self__ is g, m.__func__ is Greeter.greet, m.__name__)
print(Greeter.greet(g, "carl"), Greeter.greet.__qualname__, Greeter.greet.__name__)
g.rename("anne")
print(m("dan"))
m2 = g.greet
print(m == m2, m is m2, m.__func__ is m2.__func__)
h = Greeter("hal")
print(h.greet == g.greet)
callbacks = [g.greet, h.greet, Greeter("ivy").greet]
print([cb("x") for cb in callbacks])
print(Greeter("z").rename("y").rename("w").name)

class Button:
    def __init__(self):
        self.handlers = []

    def on_click(self, handler):
        self.handlers.append(handler)

    def click(self, event):
        return [handler(event) for handler in self.handlers]

class Logger:
    def __init__(self, prefix):
        self.prefix = prefix
        self.lines = []

    def log(self, event):
        self.lines.append(self.prefix + event)
        return len(self.lines)

log1 = Logger("1:")
log2 = Logger("2:")
btn = Button()
btn.on_click(log1.log)
btn.on_click(log2.log)
btn.on_click(log1.log)
print(btn.click("a"), btn.click("b"))
print(log1.lines, log2.lines)
try:
    Greeter.greet("not self")
except TypeError as e:
    print("TypeError:", e)
try:
    g.greet()
except TypeError as e:
    print("TypeError:", e)
try:
    g.greet("a", "b")
except TypeError as e:
    print("TypeError:", e)
sorter = sorted
names = [Greeter(n) for n in ["c", "a", "b"]]
print([x.name for x in sorter(names, key=lambda x: x.name)])
