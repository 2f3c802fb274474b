# group: py: check-then-act cache
import threading

seen = {}


def visit(url):
    if url in seen:  # expect: GIL1002
        seen[url] += 1
    else:
        seen[url] = 1


def main():
    urls = ["/a", "/b", "/a", "/c", "/a"] * 10
    threads = [threading.Thread(target=visit, args=(u,)) for u in urls]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(seen["/a"])


if __name__ == "__main__":
    main()
