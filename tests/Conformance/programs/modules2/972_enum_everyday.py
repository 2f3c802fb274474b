# Everyday enum use: state machines, ordered enums, json, dataclasses, nested enums, enums shared by threads.
import json
import threading
from dataclasses import dataclass, field
from enum import Enum, IntEnum, StrEnum, Flag, auto
from functools import total_ordering


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()


TRANSITIONS = {State.IDLE: [State.RUNNING], State.RUNNING: [State.DONE, State.IDLE], State.DONE: []}


def step(state, target):
    if target not in TRANSITIONS[state]:
        raise ValueError(f"cannot go from {state.name} to {target.name}")
    return target


s = State.IDLE
for t in (State.RUNNING, State.IDLE, State.RUNNING, State.DONE):
    s = step(s, t)
    print('now', s)
try:
    step(s, State.IDLE)
except ValueError as e:
    print('error:', e)


class OrderedEnum(Enum):
    def __ge__(self, other):
        if self.__class__ is other.__class__:
            return self.value >= other.value
        return NotImplemented

    def __gt__(self, other):
        if self.__class__ is other.__class__:
            return self.value > other.value
        return NotImplemented

    def __le__(self, other):
        if self.__class__ is other.__class__:
            return self.value <= other.value
        return NotImplemented

    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented


class Grade(OrderedEnum):
    A = 5
    B = 4
    C = 3


print(Grade.A > Grade.B, Grade.C < Grade.A, sorted(Grade), max(Grade), min(Grade, key=lambda g: g.value))


@total_ordering
class Size(Enum):
    S = 1
    M = 2
    L = 3

    def __lt__(self, other):
        return self.value < other.value


print(Size.S < Size.L, Size.L >= Size.M, sorted([Size.L, Size.S, Size.M]))


class Priority(IntEnum):
    LOW = 1
    HIGH = 2


class Kind(StrEnum):
    BUG = auto()
    FEATURE = auto()


print(json.dumps({'priority': Priority.HIGH, 'kind': Kind.BUG, 'list': [Priority.LOW, Kind.FEATURE]}))
print(json.dumps({Kind.BUG: 1}), json.loads(json.dumps(Priority.LOW)) == Priority.LOW)


@dataclass
class Ticket:
    title: str
    kind: Kind = Kind.BUG
    priority: Priority = Priority.LOW
    tags: list = field(default_factory=list)


t = Ticket('crash', priority=Priority.HIGH)
print(t, t.kind is Kind.BUG, t == Ticket('crash', Kind.BUG, Priority.HIGH))
tickets = [Ticket('a', Kind.FEATURE, Priority.LOW), Ticket('b'), Ticket('c', priority=Priority.HIGH)]
print([x.title for x in sorted(tickets, key=lambda x: (-x.priority, x.kind))])
by_kind = {}
for x in tickets:
    by_kind.setdefault(x.kind, []).append(x.title)
print(by_kind)


class Outer:
    class Mode(Enum):
        FAST = 'f'
        SLOW = 's'


print(Outer.Mode.FAST, repr(Outer.Mode.SLOW), Outer.Mode.__qualname__, Outer.Mode('s'))
print("{} and {!r} and {:>8}".format(State.IDLE, State.DONE, Kind.BUG), "%s/%r" % (Priority.LOW, Priority.HIGH))
choices = ', '.join(f'{name}={member.value}' for name, member in Grade.__members__.items())
print(choices, {m.name: m.value for m in State}, set(State) == {State.IDLE, State.RUNNING, State.DONE})


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


results = []
lock = threading.Lock()


def worker(n):
    local = []
    for i in range(200):
        p = Perm(i % 8)
        local.append((p.value, len(p)))
        Dyn = Enum(f'Dyn{n}', ['A', 'B'])
        local.append(Dyn.B.value)
    with lock:
        results.append((n, sum(v for v, _ in local[::2]), sum(c for _, c in local[::2]), sum(local[1::2])))


threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(results), repr(Perm(5)), Perm(6) is (Perm.W | Perm.X))
