# group: py precision: with lock
import threading


class Worker:
    instances = 0
    lock = threading.Lock()

    def __init__(self, name):
        self.name = name
        with Worker.lock:
            Worker.instances += 1


def spawn(prefix):
    for i in range(500):
        Worker(prefix + str(i))


def main():
    threads = [threading.Thread(target=spawn, args=(p,)) for p in "abc"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(Worker.instances)


if __name__ == "__main__":
    main()
