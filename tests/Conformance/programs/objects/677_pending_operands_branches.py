# Pending operands that reach the failing operation along several paths in a long function: a conditional
# expression, `and`/`or`, a chained comparison (whose middle operand is duplicated and rotated on the stack), a
# while loop left by break, a nested loop. Whatever path filled the stack, the frame releases what is on it.


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)

    def __lt__(self, other):
        return True

    def __bool__(self):
        return True


def fail(what):
    raise KeyError(what)


def take(*args):
    return len(args)


def three(a, b, c):
    return 3


def work(n):
    total = 0
    for i in range(n):
        total += (i * 7) % 4
    rows = [[i + j for j in range(3)] for i in range(n)]
    return total, rows[-1]


def branches(n, flag):
    print("  work", work(n))
    a, b, c = n, n * 2, n * 3
    mixed = [a + b, b - c, c * a, a // 2, b % 3]
    print("  mixed", mixed, sorted(mixed)[::2])
    first = three(A("cond pending"), A("then") if flag else A("else"), fail("conditional") if flag else 0)
    return first


def boolean_ops(n, flag):
    print("  work", work(n))
    a, b, c = n, n * 2, n * 3
    mixed = [a + b, b - c, c * a, a // 2, b % 3]
    print("  mixed", mixed, sorted(mixed)[::2])
    return three(A("bool pending"), (flag and A("and operand")) or A("or operand"), fail("boolean") if flag else 0)


def chained(n, flag):
    print("  work", work(n))
    a, b, c = n, n * 2, n * 3
    mixed = [a + b, b - c, c * a, a // 2, b % 3]
    print("  mixed", mixed, sorted(mixed)[::2])
    return three(A("chain pending"), A("low") < A("middle") < (fail("chained") if flag else A("high")), 0)


def while_break(n, flag):
    print("  work", work(n))
    a, b, c = n, n * 2, n * 3
    mixed = [a + b, b - c, c * a, a // 2, b % 3]
    print("  mixed", mixed, sorted(mixed)[::2])
    k = 0
    while True:
        k += 1
        if k > 2:
            break
    for x in range(2):
        for y in range(2):
            if x == 1 and y == 1 and flag:
                take(A("nested loop %d" % k), fail("loops"))
    return k


for fn in (branches, boolean_ops, chained, while_break):
    for flag in (True, False):
        print(fn.__name__, flag)
        try:
            print("  returned", fn(3, flag))
        except KeyError as e:
            print("  caught", e)
print("end")
