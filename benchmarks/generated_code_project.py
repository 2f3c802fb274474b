"""Writes the consumer project of benchmarks/generated-code.sh: N C# files, each a static partial
class with one [GilModule] snippet of about 15 Python lines (functions with loops, branches and calls,
and a class in every other snippet), as an ordinary project would hold them. The snippets differ by
their names and constants, in a fixed pattern, so every run measures the same project.

Usage: python3 generated_code_project.py DIR N
Prints "N snippets, L Python lines" (L counts every line of every snippet, blank lines included,
as the generator sees them) and writes the same two numbers to DIR/python-lines.txt.
"""

import os
import sys

# Five shapes, each about 15 lines; {i} and {k} vary them per snippet.
SHAPES = [
    """\
def total(n):
    s = 0
    for i in range(n):
        if i % {k} == 0:
            s += i * 2
        else:
            s -= 1
    return s

def scaled(xs, f):
    return [x * f for x in xs if x > {k}]

def main():
    r = total({n})
    print("total", r, len(scaled([1, 2, 3, {n}], 3)))
""",
    """\
class Counter{i}:
    def __init__(self, start):
        self.value = start
        self.steps = 0

    def step(self, by):
        self.value += by
        self.steps += 1
        return self.value

def run(count):
    c = Counter{i}({k})
    while c.steps < count:
        c.step(c.steps % 3)
    return c.value
""",
    """\
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def classify(x):
    if x < {k}:
        return "small"
    elif x < {n}:
        return "medium"
    return "large"

def main():
    names = [classify(fib(i)) for i in range(12)]
    print(names.count("small"), fib({k}))
""",
    """\
class Point{i}:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dist2(self, other):
        dx = self.x - other.x
        dy = self.y - other.y
        return dx * dx + dy * dy

def nearest(points, target):
    best = None
    for p in points:
        if best is None or p.dist2(target) < best.dist2(target):
            best = p
    return best
""",
    """\
def histogram(words):
    counts = {{}}
    for w in words:
        key = w[:{k}]
        counts[key] = counts.get(key, 0) + 1
    return counts

def top(counts, n):
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return items[:n]

def main():
    words = ["alpha", "beta", "gamma", "delta"] * {k}
    h = histogram(words)
    print(top(h, 2), len(h))
""",
]


def snippet(i):
    shape = SHAPES[i % len(SHAPES)]
    return shape.format(i=i, k=2 + i % 7, n=10 + i % 13)


def class_file(i, python):
    body = "".join("        " + line + "\n" if line else "\n" for line in python.split("\n")[:-1])
    return (
        "using GilGen;\n\n"
        f"namespace Snippets.Group{i // 20};\n\n"
        f"/// <summary>Snippet {i}.</summary>\n"
        '[GilModule("""\n'
        f"{body}"
        '        """)]\n'
        f"public static partial class Snippet{i};\n"
    )


def main():
    directory, count = sys.argv[1], int(sys.argv[2])
    lines = 0
    for i in range(count):
        python = snippet(i)
        lines += python.count("\n")
        path = os.path.join(directory, f"Group{i // 20}", f"Snippet{i}.cs")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(class_file(i, python))
    with open(os.path.join(directory, "Program.cs"), "w", encoding="utf-8", newline="\n") as f:
        f.write("public static class Program\n{\n    public static void Main() { }\n}\n")
    with open(os.path.join(directory, "python-lines.txt"), "w", encoding="utf-8") as f:
        f.write(f"{count} {lines}\n")
    print(f"{count} snippets, {lines} Python lines")


if __name__ == "__main__":
    main()
