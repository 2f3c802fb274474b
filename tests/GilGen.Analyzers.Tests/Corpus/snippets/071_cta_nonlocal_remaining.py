# group: py: check-then-act balance
import threading


def main():
    remaining = 5
    granted = []

    def claim(who):
        nonlocal remaining
        if remaining > 0:  # expect: GIL1002
            remaining -= 1
            granted.append(who)

    threads = [threading.Thread(target=claim, args=(i,)) for i in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(remaining, len(granted))


if __name__ == "__main__":
    main()
