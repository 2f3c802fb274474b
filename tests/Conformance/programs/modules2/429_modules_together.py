from collections import namedtuple
from collections.abc import Mapping, Iterable
from dataclasses import dataclass, field, asdict
from functools import total_ordering
from string import Template
from array import array
import math

Reading = namedtuple('Reading', 'sensor value unit')

@total_ordering
@dataclass(eq=True)
class Sensor:
    name: str
    unit: str
    values: array = field(default_factory=lambda: array('d'))

    def record(self, v):
        self.values.append(v)

    @property
    def mean(self):
        return sum(self.values) / len(self.values) if self.values else math.nan

    def __lt__(self, other):
        return (self.mean, self.name) < (other.mean, other.name)

class Registry(Mapping):
    def __init__(self):
        self._sensors = {}
    def __getitem__(self, name):
        return self._sensors[name]
    def __iter__(self):
        return iter(self._sensors)
    def __len__(self):
        return len(self._sensors)
    def feed(self, readings):
        for r in readings:
            sensor = self._sensors.setdefault(r.sensor, Sensor(r.sensor, r.unit))
            sensor.record(r.value)

raw = [('t1', 20.5, 'C'), ('h1', 40, '%'), ('t1', 21.0, 'C'), ('t2', 19.25, 'C'), ('h1', 42.5, '%'), ('t2', 18.75, 'C'), ('t1', 22.5, 'C')]
registry = Registry()
registry.feed(Reading._make(r) for r in raw)
print(len(registry), sorted(registry), 't1' in registry, registry.get('zz'), isinstance(registry, Iterable))
line = Template('$name: mean=$mean $unit over $n readings')
for sensor in sorted(registry.values()):
    print(line.substitute(name=sensor.name, mean=round(sensor.mean, 3), unit=sensor.unit, n=len(sensor.values)))
print(max(registry.values()).name, min(registry.values()).name)
print(asdict(registry['t2'])['values'], registry['t1'].values.tolist())
summary = {name: Reading(name, round(s.mean, 2), s.unit) for name, s in registry.items()}
print(summary)
print(sorted(summary.values(), key=lambda r: r.value)[0]._replace(unit='?'))
