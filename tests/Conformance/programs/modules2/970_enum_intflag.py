# enum.IntFlag: members are ints; combinations with ints; KEEP boundary; str/format are the int's.
from enum import IntFlag, Flag, auto, STRICT
import enum


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(repr(rw), str(rw), format(rw), f"[{rw:>4}]", f"{Perm.R:b}", rw.name, rw.value, rw == 6, isinstance(rw, int))
print(repr(Perm.R | 8), repr(8 | Perm.R), repr(Perm.R & 5), repr(5 & Perm.R), repr(Perm.R ^ 6), repr(6 ^ Perm.X))
print(repr(~Perm.R), repr(~rw), repr(~Perm(0)), repr(Perm(0)), str(Perm(0)), Perm._boundary_)
print(Perm.R + 1, Perm.R * Perm.W, type(Perm.R + 1), -Perm.X, Perm.R >> 1, Perm.R < Perm.W, sorted([Perm.R, Perm.X, Perm.W]))
print(repr(Perm(16)), repr(Perm(20)), list(Perm(20)), repr(Perm(-1)), repr(Perm(-2)), Perm(7) is Perm(7))
print(list(Perm), list(rw), len(rw), bool(Perm(0)), Perm.R in rw, Perm.X in rw, 4 in Perm, 6 in Perm, 8 in Perm)
print(hash(Perm.R) == hash(4), {4: 'four'}[Perm.R], Perm(6) == rw, [0, 1, 2, 3, 4][Perm.R])
show(lambda: 1 in Perm.R)
show(lambda: Perm('x'))


class Bits(IntFlag, boundary=STRICT):
    ONE = auto()
    TWO = auto()
    FOUR = auto()


print(list(Bits), repr(Bits(3)), Bits._boundary_)
show(lambda: Bits(8))


class Open(IntFlag):
    RDONLY = 0
    WRONLY = 1
    RDWR = 2
    CREAT = 64
    TRUNC = 512


mode = Open.WRONLY | Open.CREAT | Open.TRUNC
print(repr(mode), int(mode), str(mode), list(mode), repr(Open.RDONLY), list(Open), Open(577) is mode)
print(repr(Open(0)), Open(0) is Open.RDONLY, repr(mode & ~Open.TRUNC))
print(IntFlag.__mro__, Perm.__mro__[:3])
Dynamic = IntFlag('Dynamic', 'A B C')
print(list(Dynamic), repr(Dynamic.A | Dynamic.C), Dynamic.C + 0)
print(dir(Perm)[:3], 'R' in dir(Perm))
