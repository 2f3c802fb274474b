# group: py precision: with lock
import threading

seen = set()
processed = []
lock = threading.Lock()


def handle(event_id):
    with lock:
        if event_id in seen:
            return
        seen.add(event_id)
    processed.append(event_id)


def main():
    threads = [threading.Thread(target=handle, args=(i % 10,)) for i in range(100)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(len(processed))


if __name__ == "__main__":
    main()
