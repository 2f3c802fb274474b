# A discrete-event simulation of a bank queue driven by a heap of timed events (seeded arrivals).
import heapq
import random

class Simulation:
    def __init__(self, tellers, seed):
        self.rng = random.Random(seed)
        self.events = []
        self.seq = 0
        self.now = 0.0
        self.free_tellers = tellers
        self.queue = []
        self.waits = []
        self.log = []
        self.max_queue = 0
    def schedule(self, delay, kind, customer):
        self.seq += 1
        heapq.heappush(self.events, (self.now + delay, self.seq, kind, customer))
    def run(self, customers):
        t = 0.0
        for c in range(customers):
            t += round(self.rng.expovariate(1 / 2.0), 3)
            heapq.heappush(self.events, (t, -c - 1, "arrive", c))
        while self.events:
            self.now, _, kind, customer = heapq.heappop(self.events)
            getattr(self, "on_" + kind)(customer)
    def start_service(self, customer, arrived):
        self.free_tellers -= 1
        self.waits.append(self.now - arrived)
        self.schedule(round(self.rng.uniform(1.0, 5.0), 3), "depart", customer)
    def on_arrive(self, customer):
        self.log.append(f"{self.now:8.3f} arrive  #{customer}")
        if self.free_tellers:
            self.start_service(customer, self.now)
        else:
            self.queue.append((customer, self.now))
            self.max_queue = max(self.max_queue, len(self.queue))
    def on_depart(self, customer):
        self.log.append(f"{self.now:8.3f} depart  #{customer}")
        self.free_tellers += 1
        if self.queue:
            nxt, arrived = self.queue.pop(0)
            self.start_service(nxt, arrived)

for tellers in (1, 2, 3):
    sim = Simulation(tellers, seed=42)
    sim.run(12)
    avg = sum(sim.waits) / len(sim.waits)
    print(f"tellers={tellers} served={len(sim.waits)} avg_wait={avg:.3f} max_wait={max(sim.waits):.3f} max_queue={sim.max_queue} end={sim.now:.3f}")
    if tellers == 2:
        for line in sim.log[:10]:
            print(line)

timers = []
def at(time, name):
    heapq.heappush(timers, (time, name))
for t, n in [(5, "e"), (1, "a"), (3, "c"), (1, "b"), (4, "d")]:
    at(t, n)
fired = []
clock = 0
while timers:
    clock, name = heapq.heappop(timers)
    fired.append(f"{clock}:{name}")
    if name == "c":
        at(clock + 1.5, "c-followup")
print(fired)
