from dataclasses import dataclass, field, fields, KW_ONLY, asdict

@dataclass
class Animal:
    name: str
    sound: str = '...'

    def speak(self):
        return f'{self.name} says {self.sound}'

@dataclass
class Dog(Animal):
    sound: str = 'woof'
    tricks: list = field(default_factory=list)

@dataclass
class Puppy(Dog):
    age_months: int = 3

d = Dog('rex')
p = Puppy('bit', tricks=['sit'])
print(d, d.speak())
print(p, p.speak(), isinstance(p, Animal))
print([f.name for f in fields(Puppy)])
print(Puppy.__doc__)
print(Puppy.__match_args__, Puppy.__init__.__defaults__)
print(asdict(p))

@dataclass
class Temperature:
    celsius: float
    fahrenheit: float = field(init=False)
    readings: int = field(default=0, init=False, repr=False)

    def __post_init__(self):
        self.fahrenheit = self.celsius * 9 / 5 + 32
        self.readings += 1

t = Temperature(100)
print(t, t.readings, Temperature(-40), Temperature.__init__.__defaults__)
print([(f.name, f.init, f.repr) for f in fields(Temperature)])

@dataclass
class Rect:
    width: float
    height: float
    area: float = field(init=False, repr=True)

    def __post_init__(self):
        if self.width < 0 or self.height < 0:
            raise ValueError(f'negative size {self.width}x{self.height}')
        self.area = self.width * self.height

print(Rect(2, 3))
try:
    Rect(-1, 2)
except ValueError as e:
    print('ValueError:', e)

@dataclass
class Options:
    path: str
    _: KW_ONLY
    verbose: bool = False
    retries: int = 3

o = Options('/tmp', retries=5)
print(o, Options.__match_args__, Options.__doc__)
try:
    Options('/tmp', True)
except TypeError as e:
    print('TypeError:', e)

@dataclass(kw_only=True)
class Request:
    url: str
    method: str = 'GET'
    timeout: float = field(default=10.0, kw_only=False)

r = Request(url='http://x', timeout=2.5)
print(r, Request.__doc__)
try:
    Request('http://x')
except TypeError as e:
    print('TypeError:', e)

@dataclass
class Base:
    x: int = 0
    y: int = 0

@dataclass
class Override(Base):
    x: int = 5
    z: int = 9

print(Override(), Override(1, 2, 3), [f.name for f in fields(Override)])

class NotADataclass(Base):
    def __init__(self):
        super().__init__(7, 8)
        self.extra = True

nd = NotADataclass()
print(nd, nd.extra)

@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)

    def add(self, value):
        child = Tree(value)
        self.children.append(child)
        return child

root = Tree(1)
root.add(2).add(3)
root.add(4)
print(root)
print(asdict(root))
loop = Tree(0)
loop.children.append(loop)
print(loop)
