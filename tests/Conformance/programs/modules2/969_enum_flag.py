# enum.Flag: bit operators, pseudo-members for combinations, iteration over a value's members, boundaries.
from enum import Flag, auto, STRICT, CONFORM, KEEP, FlagBoundary
import enum


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
    NONE = 0


print(list(Perm), len(Perm), Perm.__members__.keys(), repr(Perm), Perm._boundary_)
rw = Perm.R | Perm.W
print(repr(rw), str(rw), format(rw), rw.name, rw.value, type(rw), rw is (Perm.W | Perm.R))
print(repr(Perm.RWX), list(Perm.RWX), list(rw), len(rw), len(Perm.NONE), bool(Perm.NONE), bool(Perm.X))
print(repr(Perm(0)), str(Perm(0)), Perm(0) is Perm.NONE, repr(Perm(3)), Perm(7) is Perm.RWX)
print(repr(~Perm.R), repr(~Perm.RWX), repr(~Perm.NONE), repr(~rw), ~~Perm.R is Perm.R)
print(repr(rw & Perm.W), repr(rw & Perm.X), repr(rw ^ Perm.R), repr(Perm.RWX ^ Perm.X))
print(Perm.R in rw, Perm.X in rw, Perm.NONE in rw, rw in Perm.RWX, Perm.RWX in rw)
print(Perm.R in Perm, rw in Perm, 6 in Perm, 3 in Perm, 8 in Perm)
print(hash(rw) == hash(rw.name), rw == Perm(6), Perm.R == 4, {rw: 'rw'}[Perm(6)])
show(lambda: Perm(8))
show(lambda: Perm(-1))
show(lambda: Perm('r'))
show(lambda: Perm.R | 1)
show(lambda: 1 in Perm.R)
show(lambda: Perm.R < Perm.W)
show(lambda: Perm.R + Perm.W)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), [c.value for c in Color], repr(Color.WHITE), list(Color.WHITE), repr(Color.RED | Color.BLUE))
print(repr(~Color.RED), repr(Color(0)), str(Color(0)), Color(0).name, list(Color(0)))
print(Color._flag_mask_, Color._all_bits_, Color._singles_mask_, Color.__members__)


class Ordered(Flag):
    A = 1
    B = 2
    C = 4


print(list(Ordered.A | Ordered.C), repr(Ordered(7)), repr(~Ordered.B))


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


print(repr(Conform(7)), repr(Conform(4)), Conform._boundary_)


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(Keep(7)), str(Keep(7)), repr(Keep(4)), list(Keep(7)), repr(~Keep.A))
print(FlagBoundary.STRICT, repr(STRICT), list(FlagBoundary), enum.EJECT, STRICT == 'strict')


class Gap(Flag):
    A = 1
    C = 4


print(repr(Gap(5)), list(Gap))
show(lambda: Gap(2))


class Multi(Flag):
    AB = 3
    C = 4


print(list(Multi), repr(Multi(7)), repr(Multi.AB), Multi.__members__)


class Methods(Flag):
    READ = auto()
    WRITE = auto()

    @property
    def can_read(self):
        return Methods.READ in self

    def describe(self):
        return '+'.join(m.name for m in self) or 'nothing'


both = Methods.READ | Methods.WRITE
print(both.can_read, Methods.WRITE.can_read, both.describe(), Methods(0).describe())
print(Flag._generate_next_value_('x', 1, 0, []), Flag._generate_next_value_('x', 1, 2, [1, 2]), Flag._generate_next_value_('x', 1, 1, [5]))


def bad_auto():
    class Bad(Flag):
        A = 'a'
        B = auto()


show(bad_auto)
Funcs = Flag('Funcs', 'ONE TWO THREE')
print(list(Funcs), repr(Funcs.ONE | Funcs.THREE))
print(enum.show_flag_values(13), enum.show_flag_values(0))
