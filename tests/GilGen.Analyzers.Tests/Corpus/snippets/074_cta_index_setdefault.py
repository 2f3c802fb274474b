# group: py precision: thread-confined state
import threading

index = {}


def add(word, doc):
    index.setdefault(word, []).append(doc)


def ingest(doc, text):
    for w in text.split():
        add(w, doc)


def main():
    docs = {1: "a b c", 2: "b c d", 3: "c d e", 4: "a e"}
    threads = [threading.Thread(target=ingest, args=(d, t)) for d, t in docs.items()]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sorted((k, len(v)) for k, v in index.items()))


if __name__ == "__main__":
    main()
