# Strict turn-taking between three threads with one Semaphore each: the output order is fixed.
import threading

N = 3
turns = [threading.Semaphore(0) for _ in range(N)]
transcript = []


def speaker(k, words):
    for w in words:
        turns[k].acquire()
        transcript.append("%d:%s" % (k, w))
        turns[(k + 1) % N].release()


lines = [["the", "fox", "over", "lazy"], ["quick", "jumps", "the", "dog"], ["brown", "high", "very", "."]]
threads = [threading.Thread(target=speaker, args=(k, lines[k])) for k in range(N)]
for t in threads:
    t.start()
turns[0].release()
for t in threads:
    t.join()
print(" ".join(transcript))
print(" ".join(x.split(":")[1] for x in transcript))
print("the baton came back to 0:", turns[0].acquire(blocking=False))

# A counting semaphore as a gate: two at a time, released in waves.
gate = threading.Semaphore(0)
passed = []
lock = threading.Lock()


def through(n):
    gate.acquire()
    with lock:
        passed.append(n)


crowd = [threading.Thread(target=through, args=(i,)) for i in range(6)]
for c in crowd:
    c.start()
waves = []
for wave in range(3):
    gate.release(2)
    while True:
        with lock:
            if len(passed) == 2 * (wave + 1):
                waves.append(len(passed))
                break
for c in crowd:
    c.join()
print("waves:", waves, "everyone through:", sorted(passed))
