# A discrete-event simulation: processes are generators that yield how long to wait.
clock = [0]
agenda = []
log = []

def schedule(delay, name, process):
    agenda.append((clock[0] + delay, len(log) + len(agenda), name, process))
    agenda.sort()

def run(until):
    while agenda and agenda[0][0] <= until:
        time, _, name, process = agenda.pop(0)
        clock[0] = time
        try:
            delay = next(process)
            schedule(delay, name, process)
        except StopIteration as e:
            log.append((time, name, "done", e.value))

def customer(name, arrive, service, counter):
    yield arrive
    log.append((clock[0], name, "arrives", None))
    while counter["busy"]:
        yield 1
    counter["busy"] = True
    start = clock[0]
    log.append((start, name, "served", None))
    yield service
    counter["busy"] = False
    log.append((clock[0], name, "leaves", None))
    return clock[0] - arrive

def ticker(every, count):
    for i in range(count):
        yield every
        log.append((clock[0], "ticker", "tick %d" % i, None))
    return count

counter = {"busy": False}
schedule(0, "ann", customer("ann", 1, 4, counter))
schedule(0, "bob", customer("bob", 2, 3, counter))
schedule(0, "cy", customer("cy", 2, 2, counter))
schedule(0, "ticker", ticker(5, 3))
run(100)
for entry in log:
    print(entry)
waits = [entry[3] for entry in log if entry[2] == "done" and entry[1] != "ticker"]
print("time in system:", waits, "total", sum(waits))
print("final clock", clock[0])
