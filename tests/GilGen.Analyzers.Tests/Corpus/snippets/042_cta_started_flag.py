# group: py: check-then-act lazy initialization
import threading


class Engine:
    def __init__(self):
        self.started = False
        self.starts = []

    def ensure_started(self):
        if not self.started:  # expect: GIL1002
            self.starts.append(threading.current_thread().name)
            self.started = True


def main():
    engine = Engine()
    threads = [threading.Thread(target=engine.ensure_started) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(len(engine.starts))


if __name__ == "__main__":
    main()
