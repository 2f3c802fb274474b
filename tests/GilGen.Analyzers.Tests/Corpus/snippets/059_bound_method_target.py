# group: py: instance attribute read-modify-write
import threading


class Downloader:
    def __init__(self):
        self.received = 0

    def run(self):
        for chunk in range(1, 200):
            self.received += chunk  # expect: GIL1001


def main():
    d = Downloader()
    threads = [threading.Thread(target=d.run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(d.received)


if __name__ == "__main__":
    main()
