# The convoy effect (issue 8 §4): an I/O-bound thread makes many short blocking calls that release the
# GIL, alone and then beside a CPU-bound thread. Under the new GIL every return from a blocking call must
# win the GIL back from the CPU-bound holder, which only drops it when asked, after a whole switch
# interval: the I/O thread's rate collapses. For benchmarks/convoy.sh; the main job's regime table imports io_rate.
# Usage: convoy.py alone|busy SECONDS   -> "io_ops_per_s R cpu_loops L"
# The blocking call is time.sleep(0.0001), a short wait that releases the GIL, like a fast device or a
# reply from the local network. (A pipe that always has data does not show it: os.read returns before
# the waiting CPU-bound thread has even woken up, so the I/O thread takes the GIL straight back.)
import sys
import threading
import time

stop = False
cpu_loops = 0


def io_bound(seconds, results):
    ops = 0
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        time.sleep(0.0001)
        ops += 1
    results.append(ops)


def cpu_bound():
    global cpu_loops
    n = 0
    while not stop:
        n += 1
    cpu_loops = n


def io_rate(seconds, busy):
    """The I/O thread's operations per second over SECONDS, beside a CPU-bound thread when busy."""
    global stop
    stop = False
    results = []
    cpu = threading.Thread(target=cpu_bound)
    if busy:
        cpu.start()
    io = threading.Thread(target=io_bound, args=(seconds, results))
    io.start()
    io.join()
    stop = True
    if busy:
        cpu.join()
    return int(results[0] / seconds)


if __name__ == "__main__":
    mode, seconds = sys.argv[1], float(sys.argv[2])
    rate = io_rate(seconds, mode == "busy")
    print("io_ops_per_s %d cpu_loops %d" % (rate, cpu_loops))
