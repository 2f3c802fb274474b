# group: py precision: with lock
import threading


class Clock:
    _instance = None
    _lock = threading.Lock()
    created = 0

    def __init__(self):
        Clock.created += 1  # only reached inside instance(), under Clock._lock

    @classmethod
    def instance(cls):
        with cls._lock:
            if cls._instance is None:
                cls._instance = cls()
            return cls._instance


def main():
    threads = [threading.Thread(target=Clock.instance) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(Clock.created)


if __name__ == "__main__":
    main()
