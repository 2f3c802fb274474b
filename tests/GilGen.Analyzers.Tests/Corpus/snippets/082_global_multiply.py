# group: py: global counter read-modify-write
import threading

scale = 1


def grow():
    global scale
    for _ in range(20):
        scale *= 2  # expect: GIL1001


def main():
    threads = [threading.Thread(target=grow) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(scale.bit_length())


if __name__ == "__main__":
    main()
