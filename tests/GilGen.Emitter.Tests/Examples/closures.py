# Closures: cells created by a frame (nonlocal, a nested def, a comprehension) are released when it returns.
import threading


def make_counter():
    count = 0

    def increment(by):
        nonlocal count
        count += by
        return count

    return increment


counter = make_counter()
print(counter(1), counter(2), counter(3))


def scaled(factor, values):
    return [v * factor for v in values]


print(scaled(3, [1, 2, 3]))


def run_threads():
    total = 0
    lock = threading.Lock()

    def work():
        nonlocal total
        for _ in range(1000):
            with lock:
                total += 1

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return total


print(run_threads())
