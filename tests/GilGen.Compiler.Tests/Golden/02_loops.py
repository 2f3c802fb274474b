def CountDown(n):
    while n > 0:
        n -= 1

def total(k):
    total = 0
    for i in range(100000):
        total += i % (k + 1)
    return total

def loops(items):
    for x in items:
        if x < 0:
            continue
        if x > 10:
            break
        print(x)
    else:
        print("done")
    while True:
        if items:
            break
    while items:
        items.pop()
    else:
        print("empty")

def nested(m):
    for i in range(m):
        for j in range(i):
            if i == j:
                return i
    return -1

def forever():
    while 1:
        pass
