# Text parsing: a tokenizer and a recursive-descent evaluator for arithmetic with variables.
class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos
    def __repr__(self):
        return f"{self.kind}({self.text!r})@{self.pos}"

class ParseError(Exception):
    pass

def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or (c == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(Token("NUM", src[i:j], i))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(Token("NAME", src[i:j], i))
            i = j
        elif src.startswith("**", i):
            tokens.append(Token("OP", "**", i))
            i += 2
        elif c in "+-*/%()=,":
            tokens.append(Token("OP", c, i))
            i += 1
        else:
            raise ParseError(f"unexpected character {c!r} at {i}")
    tokens.append(Token("END", "", len(src)))
    return tokens

class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.i = 0
        self.env = env
    def peek(self):
        return self.tokens[self.i]
    def take(self, text=None):
        tok = self.tokens[self.i]
        if text is not None and tok.text != text:
            raise ParseError(f"expected {text!r} but found {tok.text or 'end'!r} at {tok.pos}")
        self.i += 1
        return tok
    def statement(self):
        if self.peek().kind == "NAME" and self.tokens[self.i + 1].text == "=":
            name = self.take().text
            self.take("=")
            value = self.expr()
            self.env[name] = value
            return value
        return self.expr()
    def expr(self):
        value = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value
    def term(self):
        value = self.factor()
        while self.peek().text in ("*", "/", "%"):
            op = self.take().text
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value
    def factor(self):
        if self.peek().text in ("+", "-"):
            op = self.take().text
            v = self.factor()
            return v if op == "+" else -v
        base = self.atom()
        if self.peek().text == "**":
            self.take()
            return base ** self.factor()
        return base
    def atom(self):
        tok = self.take()
        if tok.kind == "NUM":
            return float(tok.text) if "." in tok.text else int(tok.text)
        if tok.kind == "NAME":
            if self.peek().text == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().text == ",":
                    self.take(",")
                    args.append(self.expr())
                self.take(")")
                funcs = {"max": max, "min": min, "abs": abs, "sum": lambda *a: sum(a)}
                if tok.text not in funcs:
                    raise ParseError(f"unknown function {tok.text}")
                return funcs[tok.text](*args)
            if tok.text not in self.env:
                raise ParseError(f"undefined variable {tok.text}")
            return self.env[tok.text]
        if tok.text == "(":
            v = self.expr()
            self.take(")")
            return v
        raise ParseError(f"unexpected {tok.text or 'end'!r} at {tok.pos}")

env = {}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x = 10", "y = x * 2 + 1",
         "x * y - 7 % 4", "10 / 4", "max(1, x, y) - min(3, 2)", "abs(-5) + sum(1, 2, 3)",
         "2 ** 100", "z = 1.5 * (x + .5)", "z / 0.5", "1 +", "3 $ 4", "foo(1)", "q + 1",
         "(1 + 2", "1 / 0", "7 % 0"]
for line in lines:
    try:
        toks = tokenize(line)
        print(line, "->", [t.text for t in toks[:-1]])
        result = Parser(toks, env).statement()
        print("   =", result)
    except ParseError as e:
        print("   ParseError:", e)
    except ZeroDivisionError as e:
        print("   ZeroDivisionError:", e)
print(sorted(env.items()))
print(tokenize("a1 = 3.25*(b_2)")[:4])
