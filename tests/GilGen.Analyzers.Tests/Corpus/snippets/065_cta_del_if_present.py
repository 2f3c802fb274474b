# group: py: check-then-act cache
from concurrent.futures import ThreadPoolExecutor

sessions = {i: "user" + str(i) for i in range(20)}


def logout(sid):
    if sid in sessions:  # expect: GIL1002
        del sessions[sid]


def main():
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(logout, [i % 20 for i in range(80)]))
    print(len(sessions))


if __name__ == "__main__":
    main()
