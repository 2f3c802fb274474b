# time and os for concurrent programs: clocks that only move forward, CPU time of worker threads,
# process ids, cpu_count and os.environ seen by os.getenv.
from concurrent.futures import ThreadPoolExecutor
import os
import threading
import time


def spin(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total


for clock in (time.monotonic, time.perf_counter, time.process_time, time.thread_time, time.time):
    a = clock()
    b = clock()
    print(clock.__name__, type(a).__name__, b >= a)
for clock in (time.monotonic_ns, time.perf_counter_ns, time.process_time_ns, time.thread_time_ns):
    print(clock.__name__, type(clock()).__name__, clock() >= 0)

cpu_before = time.process_time()
wall_before = time.monotonic()
with ThreadPoolExecutor(2) as pool:
    print(list(pool.map(spin, [200000, 200000])))
print("process_time counts the workers' CPU:", time.process_time() - cpu_before > 0)
print("monotonic moved:", time.monotonic() - wall_before > 0)

thread_cpu = []


def measure():
    start = time.thread_time()
    spin(100000)
    thread_cpu.append(time.thread_time() - start > 0)


t = threading.Thread(target=measure)
t.start()
t.join()
print("thread_time of a thread:", thread_cpu)

pid = os.getpid()
print(pid == os.getpid(), pid > 0, os.getppid() > 0, os.getppid() != pid)
with ThreadPoolExecutor(1) as pool:
    print("same pid in a worker:", pool.submit(os.getpid).result() == pid)
print(isinstance(os.cpu_count(), int), os.cpu_count() >= 1)
for f in (os.getpid, os.getppid, os.cpu_count):
    try:
        f(1)
    except TypeError as e:
        print("TypeError:", e)

os.environ["GILGEN_FUTURES_DEMO"] = "on"
print(os.environ["GILGEN_FUTURES_DEMO"], os.getenv("GILGEN_FUTURES_DEMO"))
print(os.getenv("GILGEN_FUTURES_MISSING"), os.getenv("GILGEN_FUTURES_MISSING", "fallback"))
print("GILGEN_FUTURES_DEMO" in os.environ, os.environ.get("GILGEN_FUTURES_MISSING", "-"))
del os.environ["GILGEN_FUTURES_DEMO"]
print(os.getenv("GILGEN_FUTURES_DEMO"))
