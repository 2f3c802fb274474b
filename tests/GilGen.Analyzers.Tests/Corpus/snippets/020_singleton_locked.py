# group: py precision: with lock
import threading

_instance = None
_lock = threading.Lock()


class Service:
    pass


def get_service():
    global _instance
    with _lock:
        if _instance is None:
            _instance = Service()
        return _instance


def main():
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(get_service())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(len(set(map(id, seen))))


if __name__ == "__main__":
    main()
