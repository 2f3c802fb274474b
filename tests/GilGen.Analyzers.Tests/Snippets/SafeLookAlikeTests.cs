using System.Threading.Tasks;
using static GilGen.Analyzers.Tests.Snippets.SnippetSources;

namespace GilGen.Analyzers.Tests.Snippets;

/// <summary>Code that looks like GIL1001's race but is not one, or has no evidence of one: no diagnostic.</summary>
public sealed class SafeLookAlikeTests
{
    [Fact]
    public Task A_local_variable() => VerifyBothAsync("""
        import threading

        def worker():
            n = 0
            for _ in range(1000):
                n += 1
            return n

        threads = [threading.Thread(target=worker) for _ in range(4)]
        """);

    [Theory]
    [InlineData("Lock")]
    [InlineData("RLock")]
    [InlineData("Condition")]
    [InlineData("Semaphore")]
    [InlineData("BoundedSemaphore")]
    public Task A_with_block_on_each_kind_of_lock(string kind) => VerifyBothAsync($$"""
        import threading

        n = 0
        guard = threading.{{kind}}()

        def worker():
            global n
            with guard:
                n += 1

        threads = [threading.Thread(target=worker) for _ in range(4)]
        """);

    [Fact]
    public Task Acquire_then_release_in_finally() => VerifyBothAsync("""
        import threading

        n = 0
        lock = threading.Lock()

        def worker():
            global n
            lock.acquire()
            try:
                n += 1
            finally:
                lock.release()

        def other():
            global n
            try:
                lock.acquire()
                n += 1
            finally:
                lock.release()

        def third():
            global n
            lock.acquire()
            n += 1
            lock.release()
            if lock.acquire(timeout=1):
                n += 1
                lock.release()
            if not lock.acquire(False):
                return
            n += 1
            lock.release()

        threads = [threading.Thread(target=worker) for _ in range(2)]
        threads += [threading.Thread(target=other) for _ in range(2)]
        threads += [threading.Thread(target=third) for _ in range(2)]
        """);

    [Fact]
    public Task A_with_block_on_two_locks_and_an_attribute_lock() => VerifyBothAsync("""
        from threading import Lock, RLock, Thread

        a = Lock()
        b = RLock()

        class Account:
            def __init__(self):
                self.lock = Lock()
                self.balance = 0
            def deposit(self, k):
                with self.lock:
                    self.balance += k

        account = Account()
        n = 0

        def worker():
            global n
            with a, b:
                n += 1
            account.deposit(1)

        threads = [Thread(target=worker) for _ in range(4)]
        """);

    [Fact]
    public Task A_lock_passed_as_a_parameter() => VerifyBothAsync("""
        import threading

        n = 0

        def worker(guard):
            global n
            with guard:
                n += 1

        lock = threading.Lock()
        threads = [threading.Thread(target=worker, args=(lock,)) for _ in range(4)]
        """);

    [Fact]
    public Task A_function_never_run_on_a_thread() => VerifyBothAsync("""
        import threading

        n = 0
        lock = threading.Lock()

        def bump():
            global n
            n += 1

        def worker():
            with lock:
                pass

        bump()
        threads = [threading.Thread(target=worker) for _ in range(4)]
        """);

    [Fact]
    public Task A_module_that_never_starts_a_thread() => VerifyBothAsync("""
        n = 0

        def foo():
            global n
            n += 1

        for _ in range(100):
            foo()
        """);

    [Fact]
    public Task Process_pools_and_processes() => VerifyBothAsync("""
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        n = 0

        def work(k):
            global n
            n += k
            return n

        with ProcessPoolExecutor(max_workers=2) as pool:
            pool.submit(work, 1)
            list(pool.map(work, range(4)))
        with multiprocessing.Pool(processes=2) as p:
            p.map(work, [1, 2])
        for _ in range(2):
            multiprocessing.Process(target=work, args=(1,)).start()
        """);

    [Fact]
    public Task Reads_plain_stores_and_single_calls_on_shared_state() => VerifyBothAsync("""
        import threading

        n = 0
        done = False
        results = []

        def worker(k):
            global done
            results.append(n + k)
            done = True
            print(n)

        threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
        """);

    [Fact]
    public Task A_function_started_once_that_nothing_else_touches()
        // A decision: one thread and the main thread reading the result after join() is not a race.
        => VerifyBothAsync("""
        import threading

        n = 0

        def worker():
            global n
            for _ in range(1000):
                n += 1

        n = 5
        t = threading.Thread(target=worker)
        t.start()
        t.join()
        print(n)
        """);

    [Fact]
    public Task The_own_attribute_of_each_Thread_subclass_instance() => VerifyBothAsync("""
        import threading

        class Worker(threading.Thread):
            def __init__(self):
                super().__init__()
                self.count = 0
            def run(self):
                for _ in range(1000):
                    self.count += 1

        workers = [Worker() for _ in range(4)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        print(sum(w.count for w in workers))
        """);

    [Fact]
    public Task An_object_each_call_creates_for_itself() => VerifyBothAsync("""
        import threading

        class Tally:
            def __init__(self):
                self.n = 0

        def worker():
            t = Tally()
            t.n += 1
            items = {}
            items["k"] = 0
            return t.n

        threads = [threading.Thread(target=worker) for _ in range(4)]
        """);

    [Fact]
    public Task A_snippet_with_a_syntax_error() => VerifyBothAsync("""
        import threading

        n = 0

        def worker()
            global n
            n += 1

        threads = [threading.Thread(target=worker) for _ in range(4)]
        """, invalidPython: true);

    [Fact]
    public Task A_snippet_the_compiler_rejects_is_still_analyzed_without_an_exception()
        // An unknown module is GIL0003 from the generator; the analysis goes on from the syntax.
        => VerifyBothAsync("""
        import threading
        import socket

        n = 0

        def worker():
            global n
            [|n += 1|]

        threads = [threading.Thread(target=worker) for _ in range(4)]
        """, invalidPython: true);
}
