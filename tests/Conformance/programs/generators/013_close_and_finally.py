# close(): GeneratorExit at the paused yield runs finally blocks; ignoring it is an error.
def resource(name):
    print("open", name)
    try:
        for i in range(3):
            yield "%s-%d" % (name, i)
    finally:
        print("release", name)

r = resource("A")
print(next(r))
r.close()
print("closed A; next gives", next(r, "nothing"))

for item in resource("B"):
    print("loop got", item)

for item in resource("C"):
    print("breaking after", item)
    break
print("after break")

def catches_exit():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("saw GeneratorExit")
        raise

g = catches_exit()
next(g)
g.close()

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("returning instead")
        return "ignored value"

g = returns_on_exit()
next(g)
print("close returned", g.close())

def stubborn():
    refusals = 0
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            refusals += 1
            print("refusing to stop", refusals)
            if refusals == 2:
                print("giving up")
                return

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
del s
print("deleted the stubborn generator")

def nested_finally():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

n = nested_finally()
next(n)
n.close()

never_started = resource("D")
never_started.close()
print("closing an unstarted generator runs nothing")

def raises_in_finally():
    try:
        yield 1
    finally:
        raise ValueError("from finally")

x = raises_in_finally()
next(x)
try:
    x.close()
except ValueError as e:
    print("close raised:", e)

def counting_closes(counter):
    try:
        yield
    finally:
        counter.append("closed")

events = []
gens = [counting_closes(events) for _ in range(4)]
for g in gens[:3]:
    next(g)
for g in gens:
    g.close()
print(events)
