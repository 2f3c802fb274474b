# group: py: global counter read-modify-write
from concurrent.futures import ThreadPoolExecutor

log = ""


def note(line):
    global log
    log += line + "\n"  # expect: GIL1001


def main():
    with ThreadPoolExecutor(max_workers=3) as pool:
        list(pool.map(note, ["start " + str(i) for i in range(50)]))
    print(len(log.splitlines()))


if __name__ == "__main__":
    main()
