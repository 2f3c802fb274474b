# group: py precision: not run on threads
import threading

summary = {"runs": 0, "total": 0}
results = [0] * 4


def measure(i):
    results[i] = i * 100


def summarize():
    for r in results:
        summary["runs"] += 1
        summary["total"] += r


def main():
    threads = [threading.Thread(target=measure, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    summarize()  # called on the main thread, after every worker ended
    print(summary)


if __name__ == "__main__":
    main()
