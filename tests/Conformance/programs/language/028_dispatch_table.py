# A tiny calculator built on a dispatch table of functions and *args calls.
import math

OPS = {
    "+": (2, lambda a, b: a + b),
    "-": (2, lambda a, b: a - b),
    "*": (2, lambda a, b: a * b),
    "/": (2, lambda a, b: a / b),
    "neg": (1, lambda a: -a),
    "sqrt": (1, math.sqrt),
    "max3": (3, max),
}

def evaluate(tokens):
    stack = []
    for tok in tokens.split():
        if tok in OPS:
            arity, fn = OPS[tok]
            if len(stack) < arity:
                raise ValueError(f"{tok} needs {arity} operands, stack has {len(stack)}")
            *stack, args = stack[:-arity], stack[-arity:]
            stack = stack[0] if stack else []
            stack.append(fn(*args))
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    if len(stack) != 1:
        raise ValueError(f"leftover stack {stack}")
    return stack[0]

programs = ["1 2 +", "2 3 4 * +", "10 4 - neg", "16 sqrt 2 /", "1 9 5 max3", "5 +", "1 2", "2.5 2 *"]
for p in programs:
    try:
        print(f"{p!r:>14} => {evaluate(p)!r}")
    except ValueError as e:
        print(f"{p!r:>14} => error: {e}")
    except ZeroDivisionError as e:
        print(f"{p!r:>14} => division: {e}")
print(evaluate("1 0 /") if False else "skip", sorted(OPS, key=lambda k: (OPS[k][0], k)))
