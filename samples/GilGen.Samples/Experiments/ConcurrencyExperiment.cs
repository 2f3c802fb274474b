using System;
using System.Collections.Generic;
using System.Globalization;

namespace GilGen.Samples.Experiments;

/// <summary>
/// The seeds' three ways to run work at once, side by side (issue 9 §7): the same CPU-bound countdown on one
/// thread, on a ThreadPoolExecutor(2) and on a ProcessPoolExecutor(2), and I/O-bound sleeps one after another,
/// on threads, and with asyncio + run_in_executor. Threads share one GIL; each GilGen process is an interpreter
/// with a GIL of its own running in parallel; sleeps release the GIL. The Python measures each case with
/// time.perf_counter and time.process_time (the whole OS process: GilGen's processes are interpreters in it,
/// so their CPU counts too); the speed-ups and the conclusion are computed here from those figures.
/// </summary>
public sealed partial class ConcurrencyExperiment : IExperiment
{
    /// <inheritdoc/>
    public string Title => "Threads vs processes vs asyncio: CPU-bound countdown and I/O-bound sleeps (issue 9)";

    [GilModule("""
        import asyncio
        import time
        from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor

        N = 200_000_000
        SLEEPS = 8
        NAP = 0.1


        def count_down(n):
            while n > 0:
                n -= 1
            return n


        def nap(_):
            time.sleep(NAP)


        def measure(label, work):
            wall, cpu = time.perf_counter(), time.process_time()
            work()
            print(label, time.perf_counter() - wall, time.process_time() - cpu)


        async def sleeps_in_executor(pool):
            loop = asyncio.get_running_loop()
            await asyncio.gather(*(loop.run_in_executor(pool, nap, i) for i in range(SLEEPS)))


        if __name__ == "__main__":
            # Warm-up: .NET compiles a hot method again, optimized, after some calls; measure that code only.
            for _ in range(50):
                count_down(200_000)
            time.sleep(0.2)
            measure("cpu_one_thread", lambda: count_down(N))
            with ThreadPoolExecutor(2) as threads:
                list(threads.map(count_down, [1000, 1000]))
                measure("cpu_thread_pool_2", lambda: list(threads.map(count_down, [N // 2, N // 2])))
            with ProcessPoolExecutor(2) as processes:
                # Both workers started (and their copy of this module run) before the clock starts.
                list(processes.map(count_down, [100_000] * 4))
                measure("cpu_process_pool_2", lambda: list(processes.map(count_down, [N // 2, N // 2])))
            measure("io_one_after_another", lambda: [nap(i) for i in range(SLEEPS)])
            with ThreadPoolExecutor(SLEEPS) as threads:
                # The pool's threads are started before the clock starts, as the processes were.
                list(threads.map(nap, range(SLEEPS)))
                measure("io_threads", lambda: list(threads.map(nap, range(SLEEPS))))
            with ThreadPoolExecutor(SLEEPS) as pool:
                list(pool.map(nap, range(SLEEPS)))
                measure("io_asyncio_run_in_executor", lambda: asyncio.run(sleeps_in_executor(pool)))
        """)]
    private static partial class Comparison;

    /// <inheritdoc/>
    public void Run(Report report)
    {
        var figures = Parse(ModuleOutput.Capture(Comparison.ModuleDefinition));
        var (oneWall, _) = figures["cpu_one_thread"];
        var (serialWall, _) = figures["io_one_after_another"];
        foreach (var (label, (wall, cpu)) in figures)
        {
            double baseline = label.StartsWith("cpu_", StringComparison.Ordinal) ? oneWall : serialWall;
            report.Row(label.Replace('_', ' '), FormattableString.Invariant(
                $"wall {wall,5:F2} s   cpu {cpu,5:F2} s   speed-up {baseline / wall,5:F2}x"));
        }
        double threadsCpu = oneWall / figures["cpu_thread_pool_2"].Wall;
        double processesCpu = oneWall / figures["cpu_process_pool_2"].Wall;
        double threadsIo = serialWall / figures["io_threads"].Wall;
        double asyncioIo = serialWall / figures["io_asyncio_run_in_executor"].Wall;
        string threadVerdict = threadsCpu < 1.35 ? "no faster (one GIL)" : "faster (unexpected under one GIL)";
        string processVerdict = processesCpu >= 1.5 ? "faster (a GIL each, in parallel)" : "not faster on this machine now";
        string busy = BusyMachine.Caveat(new CpuClock(TimeSpan.FromSeconds(oneWall), TimeSpan.FromSeconds(figures["cpu_one_thread"].Cpu)));
        report.Conclusion(FormattableString.Invariant(
            $"CPU-bound: 2 threads {threadsCpu:F2}x, {threadVerdict}; 2 processes {processesCpu:F2}x, {processVerdict}; ") +
            FormattableString.Invariant(
            $"I/O-bound: threads {threadsIo:F1}x and asyncio+run_in_executor {asyncioIo:F1}x, {(Math.Min(threadsIo, asyncioIo) > 2 ? "sleeps overlap as they release the GIL" : "sleeps did not overlap (unexpected)")}") + busy);
    }

    // "label wall cpu" lines, kept in the order printed.
    private static OrderedDictionary<string, (double Wall, double Cpu)> Parse(string output)
    {
        var figures = new OrderedDictionary<string, (double Wall, double Cpu)>();
        foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] parts = line.Split(' ');
            figures.Add(parts[0], (double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture)));
        }
        return figures;
    }
}
