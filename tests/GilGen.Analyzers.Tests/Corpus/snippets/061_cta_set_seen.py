# group: py: check-then-act cache
import threading

seen = set()
processed = []


def handle(event_id):
    if event_id not in seen:  # expect: GIL1002
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
