# group: py: check-then-act lazy initialization
import threading


class Clock:
    _instance = None
    created = 0

    def __init__(self):
        Clock.created += 1  # expect: GIL1001

    @classmethod
    def instance(cls):
        if cls._instance is None:  # expect: GIL1002
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
