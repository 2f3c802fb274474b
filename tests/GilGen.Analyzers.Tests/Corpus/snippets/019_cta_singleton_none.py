# group: py: check-then-act lazy initialization
import threading

_instance = None
created = []


class Service:
    def __init__(self):
        created.append(self)


def get_service():
    global _instance
    if _instance is None:  # expect: GIL1002
        _instance = Service()
    return _instance


def main():
    threads = [threading.Thread(target=get_service) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(len(created))


if __name__ == "__main__":
    main()
