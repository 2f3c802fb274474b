# Eight threads fill one shared list, dict and set at once, then drain them again.
# Whatever the interleaving (GIL or none), every container operation is whole: the
# counts and the sorted contents are exact, and only the order of items may differ.
import threading

N_THREADS = 8
PER_THREAD = 2000

items = []
table = {}
seen = set()
log_lock = threading.Lock()
finished = []


def fill(k):
    base = k * PER_THREAD
    for i in range(base, base + PER_THREAD):
        items.append(i)
        table[i] = i * i
        seen.add(i % 1000)
    with log_lock:
        finished.append(k)


threads = [threading.Thread(target=fill, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

total = N_THREADS * PER_THREAD
print("list length:", len(items))
print("dict length:", len(table))
print("set length:", len(seen))
print("sorted list is every number once:", sorted(items) == list(range(total)))
print("dict keys sorted:", sorted(table)[:5], "...", sorted(table)[-3:])
print("dict values are squares:", all(table[k] == k * k for k in range(total)))
print("sum of values:", sum(table.values()))
print("set min/max:", min(seen), max(seen))
print("threads finished:", sorted(finished))

# Each thread pops its own slice of the keys and as many list items, checking each value.
removed = []


def drain(k):
    mine = 0
    for i in range(k, total, N_THREADS):
        value = table.pop(i)
        if value != i * i:
            print("wrong value for", i)
        mine += 1
    for _ in range(PER_THREAD):
        items.pop()
    with log_lock:
        removed.append((k, mine))


threads = [threading.Thread(target=drain, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("removed per thread:", sorted(removed))
print("left in list:", len(items), "left in dict:", len(table))

# Copies of a container that other threads change are snapshots of whole states.
grow = list(range(100))
sizes = []


def grower():
    for i in range(3000):
        grow.append(i)
        if len(grow) > 200:
            del grow[:50]


def copier():
    for _ in range(300):
        snapshot = list(grow)
        sizes.append(len(snapshot) >= 100)


workers = [threading.Thread(target=grower), threading.Thread(target=copier)]
for t in workers:
    t.start()
for t in workers:
    t.join()
print("every snapshot was whole:", all(sizes), len(sizes))
print("final grow length in range:", 100 <= len(grow) <= 200)
