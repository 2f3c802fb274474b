# f-strings nested in f-strings, in comprehensions, with conversions and dynamic specs.
people = [("Ada", 36, 1815.5), ("Grace", 85, 1906.25), ("Alan", 41, 1912.0)]
for name, age, year in people:
    tag = f"<{name!r:>9}>"
    print(f"{tag:_<14}|{age:>{len(str(age)) + 2}}|{year:>{9}.{1 if year % 1 else 0}f}")
print([f"{n[0]}{a:02}" for n, a, _ in people])
print(f"{', '.join(f'{n}={a}' for n, a, _ in people)}")
print(f"{'nested ' + f'{1 + 1}'!r}", f"{'x'!a}", f"""{f'{f"{3}"}'}""")
fmt = ">10"
print(f"[{'r':{fmt}}] [{3.5:{'+' if True else '-'}.2f}] [{'c':^{5}}]")
values = {"a": 1.0, "b": 22.5, "c": 333.125}
width = max(len(k) for k in values)
for k, v in values.items():
    print(f"{k:<{width}} = {v:>8.3f} ({v / sum(values.values()):6.1%})")
print(f"{'é'!a} {b'bytes'!r} {[1.5, 'two']!s}")
print(f"{12345678:,d} {0.000123:.2e} {-0.0:+.1f} {7:+d} {-7: d} {7: d}")
print(f"{'left':<{8}}|" f"{'right':>8}|" "plain|" f"{'mid':^8}")
