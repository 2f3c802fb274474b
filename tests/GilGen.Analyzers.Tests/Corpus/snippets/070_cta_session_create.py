# group: py: check-then-act cache
from concurrent.futures import ThreadPoolExecutor


class Session:
    def __init__(self, user):
        self.user = user


sessions = {}


def open_session(user):
    if user not in sessions:  # expect: GIL1002
        sessions[user] = Session(user)
    return sessions[user]


def main():
    users = ["ann", "bob", "ann", "cy", "ann", "bob"] * 5
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(open_session, users))
    print(len(sessions), len({id(s) for s in got}))


if __name__ == "__main__":
    main()
