# globals(), locals(), vars() and dir() called as attributes of the builtins module (builtins.globals()): CPython
# answers for the calling frame, as when they are called by name; a method or attribute of the same name is
# called as usual.
import builtins
import builtins as b

print(builtins.globals() is globals(), b.locals() is globals(), b.vars() is globals(), b.dir() == dir())


def function(a):
    x = 1
    return builtins.globals() is globals(), builtins.locals(), b.vars() is b.locals(), b.dir()


print(function(1))
print((lambda q: (b.locals(), b.globals() is globals()))(2))


def generator(n):
    yield b.locals()
    m = n * 2
    yield sorted(b.vars())


print(list(generator(3)))


class Body:
    y = 2
    print(builtins.locals() is locals(), b.dir(), "y" in b.vars())
    print(b.globals() is globals())


class Obj:
    def locals(self):
        return "a method named locals"

    def globals(self):
        return "a method named globals"

    def dir(self):
        return "a method named dir"


o = Obj()


def methods():
    return o.locals(), o.globals(), o.dir()


print(methods(), o.locals())


class Holder:
    globals = staticmethod(lambda: "a static attribute")
    vars = lambda: "a class attribute"


print(Holder.globals(), Holder.vars())
print(list(b.locals() is globals() for _ in range(1)), next(b.dir() for _ in range(1)))
print([b.globals() is globals() for _ in range(1)])
