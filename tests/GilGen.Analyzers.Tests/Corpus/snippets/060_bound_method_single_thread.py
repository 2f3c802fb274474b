# group: py precision: join before access
import threading


class Downloader:
    def __init__(self):
        self.received = 0

    def run(self):
        for chunk in range(1, 200):
            self.received += chunk


def main():
    d = Downloader()
    t = threading.Thread(target=d.run)
    t.start()
    t.join()
    d.received += 1
    print(d.received)


if __name__ == "__main__":
    main()
