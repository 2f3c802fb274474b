using BenchmarkDotNet.Attributes;
using GilGen.Runtime;

namespace GilGen.Benchmarks;

/// <summary>
/// Seed 01's countdown, one operation = <see cref="N"/> iterations: the method the source generator
/// makes from the Python snippet, against the loop a person would write in C# with the same
/// checkpoint the emitter puts on the backward jump. The gap is what the Python semantics cost
/// (boxed-int checks, overflow checks, reference counting), not the GIL.
/// </summary>
[MemoryDiagnoser]
public partial class CountdownBenchmarks
{
    /// <summary>Iterations per operation (seed 01 uses 100,000,000; a smaller N keeps each operation short).</summary>
    public const long N = 1_000_000;

    private GilInterpreter _interpreter = null!;

    [GilFunction("""
        def count_down(n):
            while n > 0:
                n -= 1
        """)]
    private static partial void CountDown(GilInterpreter interpreter, long n);

    /// <summary>One interpreter for all operations: what a program that calls the method repeatedly has.</summary>
    [GlobalSetup]
    public void Setup() => _interpreter = new GilInterpreter(new GilOptions { Profile = RuntimeProfile.Modern });

    /// <summary>The generated method.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 1)]
    public void Generated() => CountDown(_interpreter, N);

    /// <summary>A hand-written loop that attaches, takes the GIL and checks the eval breaker as generated code does.</summary>
    [Benchmark]
    public long HandWritten()
    {
        GilInterpreter interp = _interpreter;
        ThreadState ts = interp.Ensure();
        try
        {
            long n = N;
            while (n > 0)
            {
                n -= 1;
                // The checkpoint of the loop's backward jump, as the emitter writes it.
                if ((interp.EvalBreaker & 3) != 0) ts.HandleEvalBreaker();
            }
            return n;
        }
        finally
        {
            interp.Release(ts);
        }
    }
}
