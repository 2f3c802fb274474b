# Threads that each work on their own object: a Thread subclass with run(), results collected after join,
# a lock-protected shared tally, and output printed in a fixed order so it is deterministic.
import threading


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.counts = {}

    def add(self, key, n):
        with self.lock:
            self.counts[key] = self.counts.get(key, 0) + n


class PrimeCounter(threading.Thread):
    def __init__(self, lo, hi, tally):
        super().__init__(name="primes-%d-%d" % (lo, hi))
        self.lo, self.hi = lo, hi
        self.tally = tally
        self.found = []

    @staticmethod
    def is_prime(n):
        if n < 2:
            return False
        i = 2
        while i * i <= n:
            if n % i == 0:
                return False
            i += 1
        return True

    def run(self):
        for n in range(self.lo, self.hi):
            if self.is_prime(n):
                self.found.append(n)
                self.tally.add(n % 10, 1)


tally = Tally()
workers = [PrimeCounter(lo, lo + 2500, tally) for lo in range(0, 10000, 2500)]
for w in workers:
    w.start()
for w in workers:
    w.join()
for w in workers:
    print(w.name, len(w.found), w.found[:3], w.found[-2:], w.is_alive())
print(sorted(tally.counts.items()), sum(tally.counts.values()))
print(sum(len(w.found) for w in workers) == sum(tally.counts.values()))
