# multiprocessing.Pipe(): send/recv across processes, poll, send_bytes/recv_bytes, EOFError once every copy of the
# sending end is closed, read-only and write-only ends, a closed handle, BrokenPipeError, the context manager.
import multiprocessing as mp
from multiprocessing.connection import Connection


def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(("echo", msg))
    conn.close()


def writer(w):
    for i in range(3):
        w.send(i)
    w.close()


if __name__ == "__main__":
    a, b = mp.Pipe()
    print(type(a).__name__, type(a).__module__, isinstance(a, Connection), a.readable, a.writable, a.closed)
    a.send({"k": [1, 2]})
    print(b.poll(), b.recv(), b.poll())
    b.send_bytes(b"hello world", 6)
    print(a.recv_bytes())
    p = mp.Process(target=echo, args=(b,))
    p.start()
    b.close()
    for m in ("one", 2, (3,)):
        a.send(m)
        print(a.recv())
    a.send(None)
    p.join()
    print("echo exited", p.exitcode)
    print(a.poll(1), end=" ")
    try:
        a.recv()
    except EOFError:
        print("EOFError after the other end closed")
    a.close()
    print(a.closed)
    try:
        a.recv()
    except OSError as e:
        print(type(e).__name__, e)
    r, w = mp.Pipe(duplex=False)
    print(r.readable, r.writable, w.readable, w.writable)
    try:
        r.send(1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        w.recv()
    except OSError as e:
        print(type(e).__name__, e)
    q = mp.Process(target=writer, args=(w,))
    q.start()
    w.close()
    got = []
    try:
        while True:
            got.append(r.recv())
    except EOFError:
        pass
    q.join()
    print("received", got)
    x, y = mp.Pipe()
    y.close()
    try:
        x.send(1)
    except BrokenPipeError as e:
        print(type(e).__name__, e)
    with mp.Pipe()[0] as c:
        print(c.closed)
    print(c.closed)
    print(mp.current_process().name, mp.Process(target=print).name)
