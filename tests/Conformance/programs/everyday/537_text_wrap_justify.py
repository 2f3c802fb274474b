# String processing: word wrapping, full justification, centering a banner, column layout, truncation.
TEXT = ("Python is a programming language that lets you work quickly and integrate systems more "
        "effectively. It is easy to learn, yet powerful enough for large applications; its "
        "standard library is famously described as batteries included.")

def wrap(text, width):
    lines, line = [], []
    length = 0
    for word in text.split():
        if line and length + 1 + len(word) > width:
            lines.append(" ".join(line))
            line, length = [word], len(word)
        else:
            length += len(word) + (1 if line else 0)
            line.append(word)
    if line:
        lines.append(" ".join(line))
    return lines

def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]

for width in (30, 45):
    print(f"--- width {width} ---")
    lines = wrap(TEXT, width)
    for i, line in enumerate(lines):
        body = justify(line, width) if i < len(lines) - 1 else line.ljust(width)
        print(f"|{body}|")
    print("+" + "-" * width + "+")
    for line in lines:
        print(f"|{line:^{width}}|")

def banner(text, width=40, ch="*"):
    inner = width - 4
    rows = [ch * width]
    for line in wrap(text, inner):
        rows.append(f"{ch} {line.center(inner)} {ch}")
    rows.append(ch * width)
    return "\n".join(rows)
print(banner("Welcome to the everyday corpus of GilGen test programs"))

def columns(items, ncols, gap=2):
    rows = (len(items) + ncols - 1) // ncols
    cols = [items[c * rows:(c + 1) * rows] for c in range(ncols)]
    widths = [max((len(s) for s in col), default=0) for col in cols]
    out = []
    for r in range(rows):
        cells = [col[r].ljust(w) if r < len(col) else " " * w for col, w in zip(cols, widths)]
        out.append((" " * gap).join(cells).rstrip())
    return out
names = sorted(set(w.strip(".,;").lower() for w in TEXT.split()))
for line in columns(names, 4):
    print(line)

def truncate(s, n, suffix="..."):
    return s if len(s) <= n else s[:max(0, n - len(suffix))].rstrip() + suffix
for n in (5, 10, 20, 200):
    print(n, repr(truncate(TEXT, n)))
def dedent(block):
    lines = block.split("\n")
    indents = [len(l) - len(l.lstrip()) for l in lines if l.strip()]
    cut = min(indents) if indents else 0
    return "\n".join(l[cut:] for l in lines)
block = """
        def hello():
            print("hi")

        hello()
"""
print(dedent(block))
print(repr(dedent("   a\n  b\n    c")), "|".join(w.capitalize() for w in "snake_case_name".split("_")))
camel = "parseHTTPResponseCode"
out = ""
for i, ch in enumerate(camel):
    if ch.isupper() and i and (camel[i - 1].islower() or (i + 1 < len(camel) and camel[i + 1].islower())):
        out += "_"
    out += ch.lower()
print(out)
