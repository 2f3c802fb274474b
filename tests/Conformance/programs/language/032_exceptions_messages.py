# Common runtime errors and CPython 3.12's messages for them.
cases = [
    lambda: [1, 2][5],
    lambda: {"a": 1}["b"],
    lambda: (1,) + [2],
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: int("12x"),
    lambda: float("nan?"),
    lambda: 1 / 0,
    lambda: 5 % 0,
    lambda: None.attr,
    lambda: undefined_name,
    lambda: len(5),
    lambda: "abc"[1.5],
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: [1, 2].index(9),
    lambda: "x" * "y",
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: {[1]: 2},
    lambda: "abc".missing(),
    lambda: int(None),
    lambda: sorted([1, "a"]),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, e)
