import time
import os, sys
import concurrent.futures
import concurrent.futures as cf
from threading import Thread, Lock as L
from collections import *
import multiprocessing

def CountDown(n):
    while n > 0:
        n -= 1
    return os.getpid()

def uses_import():
    import math
    from random import random
    return math.sqrt(random())

if __name__ == "__main__":
    start = time.perf_counter()
    with multiprocessing.Pool(processes=2) as pool:
        pids = pool.map(CountDown, [20000000, 20000000])
    print("workers:", len(set(pids)), "parent excluded:", os.getpid() not in pids)
