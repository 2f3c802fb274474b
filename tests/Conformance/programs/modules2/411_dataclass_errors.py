from dataclasses import dataclass, field, fields, replace, asdict, astuple, KW_ONLY, FrozenInstanceError

def report(label, make):
    try:
        result = make()
    except (TypeError, ValueError, AttributeError) as e:
        print(f'{label}: {type(e).__name__}: {e}')
    else:
        print(f'{label}: ok {result}')

def default_order():
    @dataclass
    class A:
        x: int = 0
        y: int
    return A

def order_without_eq():
    @dataclass(order=True, eq=False)
    class A:
        x: int
    return A

def mutable_list():
    @dataclass
    class A:
        x: list = []
    return A

def mutable_dict():
    @dataclass
    class A:
        x: dict = {}
    return A

def mutable_set():
    @dataclass
    class A:
        x: set = set()
    return A

def own_lt():
    @dataclass(order=True)
    class A:
        x: int
        def __lt__(self, other):
            return True
    return A

def frozen_from_plain():
    @dataclass
    class A:
        x: int
    @dataclass(frozen=True)
    class B(A):
        y: int
    return B

def plain_from_frozen():
    @dataclass(frozen=True)
    class A:
        x: int
    @dataclass
    class B(A):
        y: int
    return B

def field_no_annotation():
    @dataclass
    class A:
        x = field(default=1)
    return A

def own_setattr_frozen():
    @dataclass(frozen=True)
    class A:
        x: int
        def __setattr__(self, name, value):
            pass
    return A

def unsafe_with_hash():
    @dataclass(unsafe_hash=True)
    class A:
        x: int
        def __hash__(self):
            return 1
    return A

def two_kw_only():
    @dataclass
    class A:
        x: int
        _: KW_ONLY
        y: int = 0
        __: KW_ONLY
        z: int = 0
    return A

report('default order', default_order)
report('order without eq', order_without_eq)
report('mutable list', mutable_list)
report('mutable dict', mutable_dict)
report('mutable set', mutable_set)
report('own __lt__', own_lt)
report('frozen from plain', frozen_from_plain)
report('plain from frozen', plain_from_frozen)
report('field without annotation', field_no_annotation)
report('own __setattr__ when frozen', own_setattr_frozen)
report('unsafe_hash with __hash__', unsafe_with_hash)
report('KW_ONLY twice', two_kw_only)
report('both defaults', lambda: field(default=1, default_factory=list))
report('positional field', lambda: field(1))
report('fields of int', lambda: fields(int))
report('fields of instance', lambda: fields(3))
report('replace non-dataclass', lambda: replace(object()))
report('asdict of class', lambda: asdict(int))
report('astuple of str', lambda: astuple('abc'))

@dataclass
class Account:
    owner: str
    balance: int = 0
    history: list = field(default_factory=list, init=False)

report('missing arg', lambda: Account())
report('extra arg', lambda: Account('a', 1, 2))
report('unknown kw', lambda: Account('a', bonus=1))
report('init=False kw', lambda: Account('a', history=[]))
report('replace init=False', lambda: replace(Account('a'), history=[1]))
report('replace unknown', lambda: replace(Account('a'), bogus=1))
report('replace ok', lambda: replace(Account('a', 5), balance=7))
report('compare other type', lambda: Account('a') < Account('b'))
report('frozen error type', lambda: issubclass(FrozenInstanceError, AttributeError))
report('tuple frozen fields', lambda: [f.name for f in fields(Account) if not f.init])
