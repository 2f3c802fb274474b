# regimes_countdown.py's countdown done by C#: fastcount.count_down, a [GilExport(ReleasesGil = true)] method of
# samples/GilGen.Samples (FastCountdown.cs), which runs without the GIL as a C extension that releases it does.
# Usage: gilgen run --exports GilGen.Samples.dll regimes_countdown_exported.py one|two N   -> "wall W cpu C"
import sys
import time
from threading import Thread
from fastcount import count_down

mode, n = sys.argv[1], int(sys.argv[2])
wall = time.perf_counter()
cpu = time.process_time()
if mode == "one":
    count_down(n)
else:
    t1 = Thread(target=count_down, args=[n // 2])
    t2 = Thread(target=count_down, args=[n // 2])
    t1.start()
    t2.start()
    t1.join()
    t2.join()
print("wall %.3f cpu %.3f" % (time.perf_counter() - wall, time.process_time() - cpu))
