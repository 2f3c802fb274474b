using System.Threading.Tasks;
using static GilGen.Analyzers.Tests.Snippets.SnippetSources;

namespace GilGen.Analyzers.Tests.Snippets;

/// <summary>Read-modify-writes of shared state on several threads, no lock held: each is one GIL1001 on the statement.</summary>
public sealed class RacyStatementTests
{
    [Fact]
    public Task A_nonlocal_of_the_function_that_starts_the_threads() => VerifyBothAsync("""
        import threading

        def count():
            total = 0
            def worker():
                nonlocal total
                for _ in range(1000):
                    [|total += 1|]
            threads = [threading.Thread(target=worker) for _ in range(4)]
            for t in threads: t.start()
            for t in threads: t.join()
            return total
        """);

    [Fact]
    public Task An_attribute_of_a_shared_object_through_a_method() => VerifyBothAsync("""
        import threading

        class Counter:
            def __init__(self):
                self.value = 0
            def increment(self):
                [|self.value += 1|]

        counter = Counter()

        def worker():
            for _ in range(1000):
                counter.increment()

        threads = [threading.Thread(target=worker) for _ in range(4)]
        for t in threads:
            t.start()
        """);

    [Fact]
    public Task An_attribute_of_a_shared_object_in_the_run_of_a_Thread_subclass() => VerifyBothAsync("""
        import threading

        class Stats:
            def __init__(self):
                self.hits = 0

        class Worker(threading.Thread):
            def __init__(self, stats):
                super().__init__()
                self.stats = stats
            def run(self):
                for _ in range(1000):
                    [|self.stats.hits += 1|]

        stats = Stats()
        workers = [Worker(stats) for _ in range(4)]
        for w in workers:
            w.start()
        """);

    [Fact]
    public Task The_own_attribute_of_a_Thread_subclass_that_the_main_thread_also_changes() => VerifyBothAsync("""
        from threading import Thread

        class Worker(Thread):
            def __init__(self):
                super().__init__()
                self.count = 0
            def run(self):
                for _ in range(1000):
                    [|self.count += 1|]

        w = Worker()
        w.start()
        [|w.count += 1|]
        w.join()
        """);

    [Fact]
    public Task A_class_attribute_changed_through_the_class_from_a_method_several_threads_run() => VerifyBothAsync("""
        import threading

        class Registry:
            created = 0

            def register(self):
                [|Registry.created += 1|]

        registry = Registry()
        threads = [threading.Thread(target=registry.register) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print(Registry.created)
        """);

    [Fact]
    public Task An_attribute_of_one_instance_whose_bound_method_several_threads_run() => VerifyBothAsync("""
        import threading

        class Account:
            def __init__(self):
                self.balance = 0

            def deposit(self):
                for _ in range(1000):
                    [|self.balance += 1|]

        account = Account()
        threads = [threading.Thread(target=account.deposit) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print(account.balance)
        """);

    [Fact]
    public Task An_item_of_a_global_dict() => VerifyBothAsync("""
        import threading

        counts = {"a": 0, "b": 0}

        def worker(key):
            for _ in range(1000):
                [|counts[key] += 1|]

        threads = [threading.Thread(target=worker, args=(k,)) for k in "abab"]
        for t in threads:
            t.start()
        """);

    [Fact]
    public Task An_item_of_a_global_list_written_as_x_equals_x_plus_1() => VerifyBothAsync("""
        import threading

        totals = [0, 0]

        def worker(i):
            for _ in range(1000):
                [|totals[i % 2] = totals[i % 2] + 1|]

        for i in range(4):
            threading.Thread(target=worker, args=(i,)).start()
        """);

    [Fact]
    public Task A_global_written_as_x_equals_x_plus_1() => VerifyBothAsync("""
        import threading

        n = 0

        def worker():
            global n
            [|n = n + 1|]
            [|n = 2 * n|]

        for _ in range(8):
            threading.Thread(target=worker).start()
        """);

    [Fact]
    public Task A_function_two_calls_below_the_thread_target() => VerifyBothAsync("""
        import threading

        hits = 0

        def bump():
            global hits
            [|hits += 1|]

        def step():
            bump()

        def worker():
            for _ in range(100):
                step()

        threads = [threading.Thread(target=worker) for _ in range(2)]
        for t in threads:
            t.start()
        """);

    [Fact]
    public Task A_Timer_callback() => VerifyBothAsync("""
        import threading

        ticks = 0

        def tick():
            global ticks
            [|ticks += 1|]

        for _ in range(3):
            threading.Timer(0.01, tick).start()
        """);

    [Fact]
    public Task A_Timer_imported_from_threading_with_the_function_keyword() => VerifyBothAsync("""
        from threading import Timer

        beats = {}

        def beat(key):
            [|beats[key] = beats[key] + 1|]

        a = Timer(0.5, function=beat, args=("a",))
        b = Timer(0.5, function=beat, args=("a",))
        a.start(); b.start()
        """);

    [Fact]
    public Task A_method_given_as_a_thread_target() => VerifyBothAsync("""
        import threading

        class Service:
            def __init__(self):
                self.handled = 0
                self.workers = [threading.Thread(target=self.serve) for _ in range(3)]
            def serve(self):
                [|self.handled += 1|]

        service = Service()
        """);

    [Fact]
    public Task A_task_submitted_to_a_thread_pool() => VerifyBothAsync("""
        from concurrent.futures import ThreadPoolExecutor

        done = 0

        def task(k):
            global done
            [|done += k|]

        with ThreadPoolExecutor(max_workers=4) as pool:
            for k in range(10):
                pool.submit(task, k)
        """);

    [Fact]
    public Task A_function_mapped_by_a_thread_pool() => VerifyBothAsync("""
        import concurrent.futures

        seen = 0

        def task(k):
            global seen
            [|seen += 1|]
            return k

        executor = concurrent.futures.ThreadPoolExecutor(max_workers=4)
        results = list(executor.map(task, range(8)))
        """);

    [Fact]
    public Task A_positional_Thread_target_started_twice() => VerifyBothAsync("""
        import threading

        n = 0

        def worker():
            global n
            [|n -= 1|]

        t1 = threading.Thread(None, worker)
        t2 = threading.Thread(None, worker)
        t1.start(); t2.start()
        """);

    [Fact]
    public Task A_lambda_target() => VerifyBothAsync("""
        import threading

        n = 0

        def bump(k):
            global n
            [|n += k|]

        threads = [threading.Thread(target=lambda: bump(2)) for _ in range(3)]
        """);

    [Fact]
    public Task A_with_on_something_that_is_not_a_lock() => VerifyBothAsync("""
        import threading

        n = 0

        def worker():
            global n
            with open("log.txt", "a"):
                [|n += 1|]

        threads = [threading.Thread(target=worker) for _ in range(2)]
        """);

    [Fact]
    public Task A_with_on_a_lock_made_on_the_spot() => VerifyBothAsync("""
        import threading

        n = 0

        def worker():
            global n
            with threading.Lock():
                [|n += 1|]

        threads = [threading.Thread(target=worker) for _ in range(2)]
        """);

    [Fact]
    public Task A_statement_after_the_lock_is_released() => VerifyBothAsync("""
        import threading

        n = 0
        m = 0
        lock = threading.Lock()

        def worker():
            global n, m
            lock.acquire()
            try:
                n += 1
            finally:
                lock.release()
            [|m += 1|]
            with lock:
                n += 1
            [|m += 1|]

        threads = [threading.Thread(target=worker) for _ in range(2)]
        """);

    [Fact]
    public Task Two_functions_each_started_once_that_change_the_same_global() => VerifyBothAsync("""
        import threading

        balance = 100

        def deposit():
            global balance
            [|balance += 10|]

        def withdraw():
            global balance
            [|balance -= 10|]

        a = threading.Thread(target=deposit)
        b = threading.Thread(target=withdraw)
        a.start(); b.start()
        a.join(); b.join()
        """);

    [Fact]
    public Task A_function_started_once_while_the_main_thread_changes_the_global_after_starting_it() => VerifyBothAsync("""
        import threading

        n = 0

        def worker():
            global n
            for _ in range(1000):
                [|n += 1|]

        t = threading.Thread(target=worker)
        t.start()
        for _ in range(1000):
            [|n += 1|]
        t.join()
        """);

    [Fact]
    public Task A_thread_started_by_a_function_that_runs_twice() => VerifyBothAsync("""
        import threading

        n = 0

        def worker():
            global n
            [|n += 1|]

        def launch():
            t = threading.Thread(target=worker)
            t.start()
            return t

        a = launch()
        b = launch()
        """);

    [Fact]
    public Task A_nonlocal_in_the_one_def_of_a_GilFunction() => VerifyCSharpAsync(""""
        using GilGen;

        namespace Tests;

        public static partial class Functions
        {
            [GilFunction("""
                import threading

                def count(k):
                    total = 0
                    def worker():
                        nonlocal total
                        [|total += 1|]
                    threads = [threading.Thread(target=worker) for _ in range(k)]
                    for t in threads: t.start()
                    for t in threads: t.join()
                    return total
                """)]
            public static partial long Count(long k);
        }
        """");
}
