# global and nonlocal at every nesting depth.
total = 0
log = []

def add_to_total(n):
    global total
    total += n
    log.append(n)

for n in (5, 10, 15):
    add_to_total(n)
print(total, log)

def reset():
    global total, log
    total, log = 0, []

reset()
print(total, log)

def outer():
    level = "outer"
    count = 0
    def middle():
        nonlocal count
        count += 1
        def inner():
            nonlocal count, level
            count += 10
            level = "changed by inner"
            return count
        return inner()
    r1 = middle()
    r2 = middle()
    return level, count, r1, r2

print(outer())

def define_global():
    global created_later
    created_later = "made inside a function"

define_global()
print(created_later)

def shadow():
    total = "local"
    def peek():
        return total
    return peek()

print(shadow(), total)

def counter_pair():
    value = 0
    def inc():
        nonlocal value
        value += 1
        return value
    def dec():
        nonlocal value
        value -= 1
        return value
    return inc, dec

inc, dec = counter_pair()
print(inc(), inc(), inc(), dec(), inc())

def uses_global_in_comprehension():
    global total
    total = sum(x for x in range(5))
    return [total + i for i in range(3)]

print(uses_global_in_comprehension(), total)
