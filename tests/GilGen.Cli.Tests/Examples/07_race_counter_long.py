# Example 07 with 20x the work per thread: each thread now runs longer than the 5 ms switch interval
# under GilGen too, so the threads overlap as they do under CPython 3.9 at 100000.
# CPython 3.11 prints 1000000 here because it only switches threads at backward jumps and calls;
# CPython 3.9 and older can switch between any two bytecodes and lose updates.
import threading

counter = 0

def increment():
    global counter
    for _ in range(2000000):
        counter += 1

threads = []
for _ in range(10):
    thread = threading.Thread(target=increment)
    threads.append(thread)
    thread.start()

for thread in threads:
    thread.join()

print("Final counter value:", counter)
