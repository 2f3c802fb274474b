# Data processing: a grade book kept in dicts and lists, sorted with keys.
students = [
    ("alice", "math", 91), ("bob", "math", 78), ("carol", "math", 85),
    ("alice", "physics", 88), ("bob", "physics", 95), ("dave", "physics", 60),
    ("carol", "history", 72), ("dave", "history", 81), ("erin", "history", 99),
    ("erin", "math", 67), ("bob", "history", 78), ("alice", "history", 85),
]

by_student = {}
for name, subject, score in students:
    by_student.setdefault(name, {})[subject] = score
for name in sorted(by_student):
    print(name, sorted(by_student[name].items()))

by_subject = {}
for name, subject, score in students:
    by_subject.setdefault(subject, []).append((score, name))
for subject, rows in sorted(by_subject.items()):
    rows.sort(reverse=True)
    print(subject, rows)
    best = max(rows)
    worst = min(rows, key=lambda r: r[0])
    print("  best", best, "worst", worst)

averages = {name: sum(s.values()) / len(s) for name, s in by_student.items()}
for name, avg in sorted(averages.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{name:>6} {avg:7.3f}")

# Stable sort: sort by name then by score; equal scores keep name order.
ordered = sorted(students, key=lambda r: r[0])
ordered = sorted(ordered, key=lambda r: r[2], reverse=True)
for row in ordered:
    print(row)

# Multi-key: subject ascending, score descending.
multi = sorted(students, key=lambda r: (r[1], -r[2], r[0]))
print([f"{r[1][:2]}:{r[0]}:{r[2]}" for r in multi])

def letter(score):
    if score >= 90:
        return "A"
    if score >= 80:
        return "B"
    if score >= 70:
        return "C"
    return "D"

histogram = {}
for _, _, score in students:
    g = letter(score)
    histogram[g] = histogram.get(g, 0) + 1
for g in "ABCD":
    print(g, "#" * histogram.get(g, 0), histogram.get(g, 0))

# Inversion: which students share the same score?
same = {}
for name, subject, score in students:
    same.setdefault(score, set()).add(name)
for score in sorted(same):
    names = sorted(same[score])
    if len(names) > 1:
        print(score, names)

# Top two per subject via slicing after sort.
for subject in sorted(by_subject):
    top = [n for _, n in by_subject[subject][:2]]
    print(subject, "top two:", ", ".join(top))

# Dict views and ordering of insertion.
d = dict(zip("zyx", range(3)))
d["a"] = 10
print(list(d), list(d.values()), list(d.items()))
del d["y"]
d["y"] = 99
print(d)
print(sorted(d, key=d.get), sorted(d.values(), reverse=True))
print(min(d.items(), key=lambda kv: kv[1]), max(d, key=len), max([], default="none"))
