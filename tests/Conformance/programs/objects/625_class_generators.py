# Classes whose methods are generators: __iter__ written with yield, several independent iterations of
# one object, generator methods that read and change instance state, and yield from a helper method.


class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y

    def border(self):
        for x in range(self.w):
            yield x, 0
        for y in range(1, self.h):
            yield self.w - 1, y
        yield from self._bottom()

    def _bottom(self):
        for x in range(self.w - 2, -1, -1):
            yield x, self.h - 1
        for y in range(self.h - 2, 0, -1):
            yield 0, y


r = Range2D(3, 2)
print(list(r), len(list(Range2D(4, 4).border())), list(Range2D(3, 3).border()))
a, b = iter(r), iter(r)
print(next(a), next(a), next(b), next(a), next(b))


class Fib:
    def __init__(self):
        self.produced = 0

    def numbers(self, limit):
        x, y = 0, 1
        while x < limit:
            self.produced += 1
            yield x
            x, y = y, x + y


f = Fib()
print(list(f.numbers(100)), f.produced)
gen = f.numbers(10 ** 30)
firsts = [next(gen) for _ in range(5)]
print(firsts, f.produced, sum(gen) % 1000000007, f.produced)


class Tokenizer:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def tokens(self):
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            if ch.isspace():
                self.pos += 1
            elif ch.isdigit():
                start = self.pos
                while self.pos < len(self.text) and self.text[self.pos].isdigit():
                    self.pos += 1
                yield "NUM", int(self.text[start:self.pos])
            elif ch.isalpha():
                start = self.pos
                while self.pos < len(self.text) and self.text[self.pos].isalnum():
                    self.pos += 1
                yield "NAME", self.text[start:self.pos]
            else:
                self.pos += 1
                yield "OP", ch


t = Tokenizer("x1 = 42 + y*(7 - 300)")
for kind, value in t.tokens():
    print(kind, repr(value), t.pos)
print(t.pos == len(t.text), list(Tokenizer("").tokens()))
