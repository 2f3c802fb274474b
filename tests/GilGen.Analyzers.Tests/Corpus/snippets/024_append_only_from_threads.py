# group: py precision: thread-confined state
import threading

results = []


def work(n):
    local = 0
    for i in range(n):
        local += i
    results.append(local)  # list.append is one atomic operation


def main():
    threads = [threading.Thread(target=work, args=(k * 100,)) for k in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sorted(results))


if __name__ == "__main__":
    main()
