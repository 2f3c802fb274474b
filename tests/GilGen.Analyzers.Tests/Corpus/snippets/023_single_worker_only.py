# group: py precision: join before access
import threading

progress = 0


def download(chunks):
    global progress
    for c in chunks:
        progress += c


def main():
    worker = threading.Thread(target=download, args=([10, 20, 30],))
    worker.start()
    worker.join()
    print(progress)


if __name__ == "__main__":
    main()
