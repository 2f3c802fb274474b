# timeit with callables: Timer.timeit, repeat and autorange, the module's timeit and repeat, and
# the errors for what is neither a string nor callable. A fake timer makes the times exact; the real
# default timer is only checked for what it returns.
import time
import timeit

print(timeit.default_number, timeit.default_repeat, timeit.default_timer is time.perf_counter)
print(timeit.__all__)

ticks = []


def fake_timer():
    """Each reading is a quarter second after the last one."""
    ticks.append("t")
    return len(ticks) * 0.25


def work():
    ticks.append("w")


timer = timeit.Timer(work, timer=fake_timer)
print("timeit(3):", timer.timeit(number=3), "".join(ticks))
ticks.clear()
print("repeat(2, 2):", timer.repeat(repeat=2, number=2), "".join(ticks))
ticks.clear()
print("autorange:", timer.autorange(), "".join(ticks))

# autorange grows the count as 1, 2, 5, 10, 20... until a run takes 0.2 s; a timer that advances by
# 0.01 s per reading plus 0.001 s per call of the statement reaches it at 200 calls.
clock = [0.0]


def slow_timer():
    clock[0] += 0.01
    return clock[0]


def step():
    clock[0] += 0.001


seen = []
number, taken = timeit.Timer(step, timer=slow_timer).autorange(lambda n, t: seen.append(n))
print("autorange counts:", seen, number, round(taken, 6))

setups = []
t = timeit.Timer(stmt=lambda: setups.append("stmt"), setup=lambda: setups.append("setup"), timer=fake_timer)
t.timeit(number=2)
t.repeat(repeat=2, number=1)
print("setup runs once per timing:", setups)

ticks.clear()
print("module timeit:", timeit.timeit(work, timer=fake_timer, number=5), "".join(ticks))
ticks.clear()
print("module repeat:", timeit.repeat(work, timer=fake_timer, number=1, repeat=3), "".join(ticks))
ticks.clear()
print("stmt 'pass':", timeit.timeit(timer=fake_timer, number=4), timeit.Timer("pass", "pass", fake_timer).timeit(2))

for stmt, setup in ((3, "pass"), (work, None), ([], work)):
    try:
        timeit.Timer(stmt, setup)
    except ValueError as e:
        print("ValueError:", e)

real = timeit.timeit(work, number=100)
print("real timer gives a float:", type(real).__name__, real >= 0.0)
runs = timeit.repeat(work, number=10, repeat=3)
print("real repeat:", len(runs), all(isinstance(r, float) and r >= 0.0 for r in runs))
