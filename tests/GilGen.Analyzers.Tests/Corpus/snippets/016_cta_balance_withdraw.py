# group: py: check-then-act balance
import threading

balance = 100


def withdraw(amount):
    global balance
    if balance >= amount:  # expect: GIL1002
        balance -= amount
        return True
    return False


def main():
    threads = [threading.Thread(target=withdraw, args=(60,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(balance)


if __name__ == "__main__":
    main()
