# Ordinary script chores: a to-do manager with commands, a temperature converter table, a tip splitter, FizzBuzz variants.
todo = []
def run(command):
    parts = command.split(maxsplit=1)
    verb, arg = parts[0], parts[1] if len(parts) > 1 else ""
    if verb == "add":
        todo.append({"text": arg, "done": False})
        return f"added #{len(todo)}: {arg}"
    if verb == "done":
        try:
            item = todo[int(arg) - 1]
        except (ValueError, IndexError):
            return f"no such item: {arg!r}"
        item["done"] = True
        return f"completed: {item['text']}"
    if verb == "list":
        lines = [f"{i}. [{'x' if t['done'] else ' '}] {t['text']}" for i, t in enumerate(todo, 1)]
        return "\n".join(lines) or "(nothing to do)"
    if verb == "clear":
        before = len(todo)
        todo[:] = [t for t in todo if not t["done"]]
        return f"removed {before - len(todo)}"
    return f"unknown command {verb!r}"
for cmd in ["list", "add buy milk", "add write report", "add call mom", "done 2", "done 9", "done x",
            "list", "clear", "list", "fly away"]:
    print(">", cmd)
    print(run(cmd))

print(f"{'C':>6} {'F':>7} {'K':>7}")
for c in range(-40, 101, 20):
    f = c * 9 / 5 + 32
    print(f"{c:>6} {f:>7.1f} {c + 273.15:>7.2f}")

def split_bill(total, people, tip_percent):
    with_tip = round(total * (1 + tip_percent / 100), 2)
    cents = round(with_tip * 100)
    base, extra = divmod(cents, people)
    shares = [(base + (1 if i < extra else 0)) / 100 for i in range(people)]
    return with_tip, shares
for total, people, tip in [(100, 3, 15), (87.35, 4, 18), (10, 3, 0), (250.5, 7, 20)]:
    with_tip, shares = split_bill(total, people, tip)
    print(f"{total:.2f} + {tip}% = {with_tip:.2f} -> {shares} (sum {sum(shares):.2f})")

def fizzbuzz(n, rules=((3, "Fizz"), (5, "Buzz"))):
    out = "".join(word for k, word in rules if n % k == 0)
    return out or str(n)
print(" ".join(fizzbuzz(n) for n in range(1, 21)))
print(" ".join(fizzbuzz(n, ((2, "Even"), (7, "Seven"))) for n in range(1, 15)))
print(sum(n for n in range(1000) if n % 3 == 0 or n % 5 == 0))
grades = {"ann": [90, 85, 77], "bob": [60, 75], "cy": []}
for name, scores in grades.items():
    avg = sum(scores) / len(scores) if scores else None
    print(f"{name}: {'no scores' if avg is None else f'{avg:.1f}'}")
def is_valid_password(pw):
    problems = []
    if len(pw) < 8:
        problems.append("too short")
    if not any(c.isdigit() for c in pw):
        problems.append("no digit")
    if not any(c.isupper() for c in pw):
        problems.append("no uppercase")
    if pw.lower() in ("password", "letmein123"):
        problems.append("too common")
    return problems or ["ok"]
for pw in ["abc", "password", "Password1", "letmein123", "S3cure!pass"]:
    print(f"{pw!r:>14}: {', '.join(is_valid_password(pw))}")
