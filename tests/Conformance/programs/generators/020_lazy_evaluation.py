# Laziness: generators do work only when asked, and short-circuiting consumers stop early.
trace = []

def numbers(n):
    for i in range(n):
        trace.append("make %d" % i)
        yield i

def doubled(items):
    for i in items:
        trace.append("double %d" % i)
        yield i * 2

pipe = doubled(numbers(5))
print("built:", trace)
print(next(pipe), trace)
trace.clear()
print(next(pipe), trace)
trace.clear()
print(any(x > 4 for x in doubled(numbers(100))), trace)
trace.clear()
print(all(x < 3 for x in doubled(numbers(100))), trace)
trace.clear()
print(3 in numbers(100), trace)
trace.clear()
print(next((x for x in numbers(100) if x * x > 10), None), trace)
trace.clear()
first_two = list(zip(numbers(100), "ab"))
print(first_two, trace)
trace.clear()

def side_effect_values():
    print("  computing 1")
    yield 1
    print("  computing 2")
    yield 2
    print("  computing 3")
    yield 3

print("for loop:")
for v in side_effect_values():
    print(" consumed", v)
print("unpacking:")
a, b, c = side_effect_values()
print(" got", a, b, c)
print("sum:")
print(" total", sum(side_effect_values()))
print("zip with shorter:")
print(list(zip("xy", side_effect_values())))
print("enumerate:")
for i, v in enumerate(side_effect_values()):
    if i == 1:
        break
print("max:")
print(max(side_effect_values()))
print("join:")
print("+".join(str(v) for v in side_effect_values()))
g = side_effect_values()
print("dict from generator of pairs:")
print(dict((v, v * v) for v in g))
