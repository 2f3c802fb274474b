# group: py: instance attribute read-modify-write
import threading


class Worker:
    instances = 0

    def __init__(self, name):
        self.name = name
        Worker.instances += 1  # expect: GIL1001


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
