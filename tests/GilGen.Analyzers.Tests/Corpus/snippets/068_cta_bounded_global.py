# group: py: check-then-act limit
import threading

MAX_ACTIVE = 3
active = 0


def try_enter():
    global active
    if active < MAX_ACTIVE:  # expect: GIL1002
        active += 1
        return True
    return False


def main():
    results = []
    threads = [threading.Thread(target=lambda: results.append(try_enter())) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(active, results.count(True))


if __name__ == "__main__":
    main()
