# group: py precision: join before access
import threading

settings = {}


def load_settings():
    settings["depth"] = 3
    settings["width"] = 4


def work(out, i):
    # Workers only read the settings, which were written before any thread started.
    out[i] = settings["depth"] * settings["width"] + i


def main():
    load_settings()
    out = [0] * 4
    threads = [threading.Thread(target=work, args=(out, i)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(out)


if __name__ == "__main__":
    main()
