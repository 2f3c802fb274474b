using System.Collections.Generic;

namespace GilGen.Analyzers.Tests.Corpus;

internal static partial class CorpusCases
{
    private const string NoCSharp = "static class Host { }\n";

    /// <summary>Python snippets: .py files and [GilModule] attributes (raw, verbatim and regular literals).</summary>
    public static readonly IReadOnlyList<CorpusCase> Python =
    [
        new("PySeedRaceCounter", NoCSharp,
        [("race_counter.py", """
            import threading

            counter = 0

            def increment():
                global counter
                for _ in range(100000):
                    {|GIL1001:counter += 1|}

            threads = []
            for _ in range(10):
                thread = threading.Thread(target=increment)
                threads.append(thread)
                thread.start()

            for thread in threads:
                thread.join()

            print("Final counter value:", counter)
            """)]),

        new("PySeedLockCounter", NoCSharp,
        [("lock_counter.py", """
            import threading

            counter = 0
            lock = threading.Lock()

            def increment():
                global counter
                for _ in range(100000):
                    with lock:
                        counter += 1

            threads = []
            for _ in range(10):
                thread = threading.Thread(target=increment)
                threads.append(thread)
                thread.start()

            for thread in threads:
                thread.join()

            print("Final counter value:", counter)
            """)]),

        new("PyExecutorSubmitSubscript", """"
            using GilGen;

            [GilModule("""
                import concurrent.futures

                totals = {"a": 0, "b": 0}

                def add(key, n):
                    {|GIL1001:totals[key] += n|}

                def main():
                    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as executor:
                        for i in range(100):
                            executor.submit(add, "a" if i % 2 == 0 else "b", i)
                    return totals["a"] + totals["b"]
                """)]
            public static partial class Totals;
            """"),

        new("PySharedDictParameter", NoCSharp,
        [("dict_parameter.py", """
            import threading

            def tally(counts, words):
                for word in words:
                    {|GIL1001:counts[word] += 1|}

            counts = {"a": 0, "b": 0}
            workers = []
            for part in [["a", "b"], ["b", "a"]]:
                w = threading.Thread(target=tally, args=(counts, part))
                workers.append(w)
                w.start()
            for w in workers:
                w.join()
            print(counts)
            """)], "Both threads get the same dict through their arguments."),

        new("PyProcessPoolGlobal", NoCSharp,
        [("process_pool.py", """
            import multiprocessing

            calls = 0

            def square(n):
                global calls
                calls += 1
                return n * n

            if __name__ == "__main__":
                with multiprocessing.Pool(processes=2) as pool:
                    print(pool.map(square, [1, 2, 3]))
            """)], "Each worker process has its own globals: nothing is shared."),

        new("PyNonlocalClosureTarget", NoCSharp,
        [("closure.py", """
            import threading

            def run_all():
                hits = 0

                def worker():
                    nonlocal hits
                    for _ in range(100):
                        {|GIL1001:hits += 1|}

                threads = []
                for _ in range(4):
                    t = threading.Thread(target=worker)
                    threads.append(t)
                    t.start()
                for t in threads:
                    t.join()
                return hits

            print(run_all())
            """)]),

        new("PyTimerCallback", NoCSharp,
        [("ticker.py", """
            import threading
            import time

            ticks = 0

            def tick():
                global ticks
                {|GIL1001:ticks += 1|}

            timers = []
            for i in range(5):
                timer = threading.Timer(0.01 * i, tick)
                timers.append(timer)
                timer.start()
            ticks += 100
            for timer in timers:
                timer.join()
            print(ticks)
            """)], "The timers fire on their own threads while the main thread also updates ticks; the main thread's update is module-level code and not labelled (the rule looks at functions that run on several threads)."),

        new("PyAcquireRelease", NoCSharp,
        [("acquire_release.py", """
            import threading

            balance = 0
            lock = threading.Lock()

            def deposit(amount):
                global balance
                lock.acquire()
                try:
                    balance += amount
                finally:
                    lock.release()

            threads = []
            for amount in [10, 20, 30]:
                t = threading.Thread(target=deposit, args=(amount,))
                threads.append(t)
                t.start()
            for t in threads:
                t.join()
            print(balance)
            """)]),

        new("PyMainThreadOnly", """"
            using GilGen;

            [GilModule("""
                count = 0

                def bump():
                    global count
                    count += 1

                def main():
                    for _ in range(10):
                        bump()
                    return count
                """)]
            public static partial class Tally;
            """", "No thread anywhere."),

        new("PyIndirectHelperVerbatim", """
            using GilGen;

            [GilModule(@"
            import threading

            stats = {'done': 0}

            def record():
                {|GIL1001:stats['done'] += 1|}

            def worker(items):
                for item in items:
                    record()

            def main():
                threads = []
                for k in range(3):
                    t = threading.Thread(target=worker, args=(range(100),))
                    threads.append(t)
                    t.start()
                for t in threads:
                    t.join()
                return stats['done']
            ")]
            public static partial class Helpers;
            """, "record runs on the worker threads through worker; a verbatim literal."),

        new("PyRegularLiteralXEqualsXPlus", """
            using GilGen;

            [GilModule("import threading\n\ntotal = 0\n\ndef work():\n    global total\n    for i in range(100):\n        {|GIL1001:total = total + i|}\n\ndef main():\n    a = threading.Thread(target=work)\n    b = threading.Thread(target=work)\n    a.start()\n    b.start()\n    a.join()\n    b.join()\n    return total\n")]
            public static partial class Regular;
            """, "x = x + y in a regular (escaped) literal."),

        new("PyExecutorMapLocalOnly", NoCSharp,
        [("thread_pool.py", """
            import concurrent.futures

            def task(k):
                total = 0
                for i in range(100000):
                    total += i % (k + 1)
                return total

            with concurrent.futures.ThreadPoolExecutor(max_workers=4) as executor:
                results = list(executor.map(task, range(8)))
            print(results)
            """)], "total is a local of each call."),

        new("PyGlobalListSlots", NoCSharp,
        [("list_slots.py", """
            import threading

            slots = [0, 0, 0, 0]

            def work():
                for i in range(1000):
                    {|GIL1001:slots[i % 4] += 1|}

            threads = []
            for _ in range(4):
                t = threading.Thread(target=work)
                threads.append(t)
                t.start()
            for t in threads:
                t.join()
            print(slots)
            """)]),

        new("PyListAppendOnly", NoCSharp,
        [("append.py", """
            import threading

            results = []

            def work(n):
                for i in range(n):
                    results.append(i)

            threads = []
            for n in [10, 20]:
                t = threading.Thread(target=work, args=(n,))
                threads.append(t)
                t.start()
            for t in threads:
                t.join()
            print(len(results))
            """)], "append is one call, atomic under the GIL: not a read-modify-write."),
    ];
}
