using BenchmarkDotNet.Attributes;
using GilGen.Runtime;

namespace GilGen.Benchmarks;

/// <summary>
/// Numeric and unpacking hot paths (docs/architecture/performance.md), one operation = <see cref="N"/>
/// iterations, compiled by the source generator: float arithmetic and comparison (a float object per result,
/// the float fast path of Ops.Binary), and unpacking lists and tuples into locals (UNPACK_SEQUENCE).
/// Steady state only: the JIT's compile time of long functions, the largest cost measured there, is not
/// seen by a benchmark that warms up.
/// Run: dotnet run -c Release --project benchmarks/GilGen.Benchmarks -- --filter '*NumericBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public partial class NumericBenchmarks
{
    /// <summary>Iterations per operation.</summary>
    public const long N = 100_000;

    [GilModule("""
        def float_loop(n):
            x = 0.5
            y = 1.5
            s = 0.0
            for i in range(n):
                dx = x - y
                d2 = dx * dx + 0.25
                s += 0.01 / (d2 * d2) * dx
                if s > 1e9:
                    s = 0.0
                x += 0.000001
            return s


        def unpack_lists(n):
            pairs = [[1, 2], [3, 4], (5, 6)]
            s = 0
            for i in range(n):
                for p in pairs:
                    u, v = p
                    s += u * v
            return s
        """)]
    private static partial class Numeric;

    /// <summary>Five float operations, one float comparison and one int-float mix per iteration.</summary>
    [Benchmark]
    public PyValue FloatArithmetic() => Numeric.float_loop(PyValue.Int(N));

    /// <summary>Three two-item unpackings (two lists, one tuple) per iteration.</summary>
    [Benchmark]
    public PyValue UnpackLists() => Numeric.unpack_lists(PyValue.Int(N));
}
