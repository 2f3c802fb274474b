# A generator tokenizer feeding a recursive-descent evaluator that pulls tokens on demand.
def tokenize(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            number = text[start:i]
            yield ("num", float(number) if "." in number else int(number))
        elif ch.isalpha():
            start = i
            while i < len(text) and text[i].isalnum():
                i += 1
            yield ("name", text[start:i])
        elif ch in "+-*/()^,":
            yield ("op", ch)
            i += 1
        else:
            raise SyntaxError("bad character %r at %d" % (ch, i))
    yield ("end", None)

def evaluate(text, env):
    tokens = tokenize(text)
    current = [next(tokens)]

    def advance():
        current[0] = next(tokens)

    def expect(kind, value=None):
        tok = current[0]
        if tok[0] != kind or (value is not None and tok[1] != value):
            raise SyntaxError("expected %s %s, got %s" % (kind, value, tok))
        advance()

    def atom():
        kind, value = current[0]
        if kind == "num":
            advance()
            return value
        if kind == "name":
            advance()
            if current[0] == ("op", "("):
                advance()
                args = [expression()]
                while current[0] == ("op", ","):
                    advance()
                    args.append(expression())
                expect("op", ")")
                return env[value](*args)
            return env[value]
        if (kind, value) == ("op", "("):
            advance()
            v = expression()
            expect("op", ")")
            return v
        if (kind, value) == ("op", "-"):
            advance()
            return -atom()
        raise SyntaxError("unexpected %s" % (current[0],))

    def power():
        base = atom()
        if current[0] == ("op", "^"):
            advance()
            return base ** power()
        return base

    def term():
        v = power()
        while current[0] in (("op", "*"), ("op", "/")):
            op = current[0][1]
            advance()
            v = v * power() if op == "*" else v / power()
        return v

    def expression():
        v = term()
        while current[0] in (("op", "+"), ("op", "-")):
            op = current[0][1]
            advance()
            v = v + term() if op == "+" else v - term()
        return v

    result = expression()
    if current[0][0] != "end":
        raise SyntaxError("trailing %s" % (current[0],))
    return result

print(list(tokenize("3 + x1*(2.5 - y)")))
env = {"x": 4, "y": 0.5, "max": max, "min": min, "sq": lambda v: v * v}
for source in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x + 10", "max(1, x, 3) * sq(y)", "min(7, 2 + 2, 9) / 8", "10 / 4 - y"]:
    print(source, "=", evaluate(source, env))
for bad in ["1 +", "2 $ 3", "(1 + 2"]:
    try:
        evaluate(bad, env)
    except SyntaxError as e:
        print("error in", repr(bad), "->", e)
counts = {}
for kind, _ in tokenize("a + b * (c - 12) / 3.5"):
    counts[kind] = counts.get(kind, 0) + 1
print(sorted(counts.items()))
