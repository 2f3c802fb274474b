using System.Diagnostics;

namespace GilGen.Emitter.Tests;

/// <summary>The leak test runs alone: other tests' threads would blur the process's thread count.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ThreadCountCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "process thread count";
}

/// <summary>
/// Threads and pools give their OS threads back: after 10,000 short threads, 1,000 thread pools and
/// 200 process pools (worker interpreters) have come and gone, the process has as many threads as before.
/// </summary>
[Collection(ThreadCountCollection.Name)]
public sealed class ThreadLeakTests
{
    // N threads in batches of 100, P thread pools, Q process pools of each kind; every one is joined or shut down.
    private const string Program = """
        import threading
        import multiprocessing
        from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor


        def square(x):
            return x * x


        def work(box, i):
            box.append(i)


        if __name__ == "__main__":
            box = []
            for batch in range(N // 100):
                threads = [threading.Thread(target=work, args=(box, batch * 100 + i)) for i in range(100)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
            print("threads:", len(box), sorted(box) == list(range(N)))
            total = 0
            for i in range(P):
                with ThreadPoolExecutor(2) as ex:
                    total += sum(ex.map(square, [i, 1]))
            print("thread pools:", total == sum(i * i + 1 for i in range(P)))
            total = 0
            for i in range(Q):
                with multiprocessing.Pool(2) as pool:
                    total += sum(pool.map(square, [i, 1]))
                with ProcessPoolExecutor(2) as ex:
                    total += sum(ex.map(square, [i, 1]))
            print("process pools:", total == 2 * sum(i * i + 1 for i in range(Q)))
            print("active:", threading.active_count())
        """;

    private static string Run(int threads, int threadPools, int processPools) =>
        ExampleRunTests.CompileAndRunOk("leak", $"N = {threads}\nP = {threadPools}\nQ = {processPools}\n" + Program);

    [Fact]
    public void Threads_and_pools_leave_the_process_thread_count_where_it_was()
    {
        // A small run first, so that what the runtime starts once (and keeps) is in the baseline.
        Assert.Equal("threads: 100 True\nthread pools: True\nprocess pools: True\nactive: 1\n", Run(100, 2, 2));
        int before = SettledThreadCount(ceiling: int.MaxValue);

        Assert.Equal("threads: 10000 True\nthread pools: True\nprocess pools: True\nactive: 1\n", Run(10_000, 1_000, 100));

        // A joined thread's OS thread may still be unwinding when join returns, so give the count time to
        // settle; the slack covers the .NET thread pool growing or shrinking by a few threads meanwhile.
        // A leak of what ran here would be thousands of threads, or hundreds for the pools.
        const int slack = 4;
        int after = SettledThreadCount(ceiling: before + slack);
        Assert.True(after <= before + slack, $"the process had {before} threads before and {after} after");
    }

    // The process's thread count once it is at most the ceiling, or after 30 s (whatever it is then).
    private static int SettledThreadCount(int ceiling)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var process = Process.GetCurrentProcess();
            int count = process.Threads.Count;
            if (count <= ceiling || clock.Elapsed > TimeSpan.FromSeconds(30)) return count;
            Thread.Sleep(50);
        }
    }
}
