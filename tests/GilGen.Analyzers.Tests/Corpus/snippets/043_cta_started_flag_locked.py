# group: py precision: with lock
import threading


class Engine:
    def __init__(self):
        self.started = False
        self.starts = 0
        self.lock = threading.Lock()

    def ensure_started(self):
        with self.lock:
            if not self.started:
                self.starts += 1
                self.started = True


def main():
    engine = Engine()
    threads = [threading.Thread(target=engine.ensure_started) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(engine.starts)


if __name__ == "__main__":
    main()
