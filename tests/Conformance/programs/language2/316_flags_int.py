# An int subclass for bit flags: named members, | & ~ returning the subclass, str/repr/format, iteration.

class Perm(int):
    names = {}

    def __new__(cls, value=0, name=None):
        obj = super().__new__(cls, value)
        if name:
            cls.names[int(obj)] = name
        return obj

    def __or__(self, other):
        return Perm(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        return Perm(int(self) & int(other))

    def __invert__(self):
        return Perm(~int(self) & 0b111)

    def __iter__(self):
        bit = 1
        while bit <= int(self):
            if int(self) & bit:
                yield Perm(bit)
            bit <<= 1

    def __repr__(self):
        if int(self) in self.names:
            return "Perm." + self.names[int(self)]
        return " | ".join(repr(p) for p in self) or "Perm(0)"

    def __str__(self):
        return "".join(ch if int(self) & bit else "-" for ch, bit in (("r", 4), ("w", 2), ("x", 1)))

    def __contains__(self, other):
        return int(self) & int(other) == int(other)


R = Perm(4, "R")
W = Perm(2, "W")
X = Perm(1, "X")
rw = R | W
print(repr(rw), str(rw), type(rw).__name__, int(rw), rw == 6, hash(rw) == hash(6))
print(W in rw, X in rw, list(rw), [str(p) for p in rw], repr(~rw), str(~rw))
print(repr(rw & W), repr(rw & X), repr(X | 2), repr(4 | X), f"{rw}", f"{rw!r}", f"{int(rw):03b}")
modes = [Perm(m) for m in range(8)]
print([str(m) for m in modes])
print(sorted(modes, key=lambda m: (-len(list(m)), int(m)))[:4], max(modes), modes[5] + 1, modes[5] * 2)
table = {R: "read", W: "write", X: "exec"}
print(table[4], table[Perm(2)], [table[p] for p in R | X], rw in (6, 7), sum(modes))
print(isinstance(rw, int), bool(Perm(0)), bool(X), abs(Perm(3)), -X, Perm(6) // 4, Perm(6) >> 1, type(Perm(6) >> 1).__name__)
