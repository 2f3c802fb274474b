# group: py precision: thread-confined state
from concurrent.futures import ThreadPoolExecutor

sessions = {i: "user" + str(i) for i in range(20)}


def logout(sid):
    return sessions.pop(sid, None)  # removal and check in one call


def main():
    with ThreadPoolExecutor(max_workers=4) as pool:
        removed = [r for r in pool.map(logout, [i % 20 for i in range(80)]) if r]
    print(len(sessions), len(removed))


if __name__ == "__main__":
    main()
