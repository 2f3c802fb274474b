using BenchmarkDotNet.Attributes;
using GilGen.Runtime;

namespace GilGen.Benchmarks;

/// <summary>
/// The object model's hot paths, one operation = <see cref="N"/> iterations of the workloads of
/// benchmarks/objects.py (attribute reads, method calls, small-object creation), compiled by the source
/// generator. benchmarks/objects-side-by-side.sh runs the same Python under CPython and PyPy for the ratios;
/// this class adds what a script cannot see: allocations per operation, and a stable figure per iteration.
/// </summary>
[MemoryDiagnoser]
public partial class ObjectModelBenchmarks
{
    /// <summary>Iterations per operation.</summary>
    public const long N = 100_000;

    [GilModule("""
        class Point:
            def __init__(self, x, y):
                self.x = x
                self.y = y

            def norm1(self):
                return abs(self.x) + abs(self.y)


        def attribute_reads(n):
            p = Point(3, 4)
            total = 0
            for _ in range(n):
                total += p.x + p.y + p.x + p.y
            return total


        def method_calls(n):
            p = Point(3, -4)
            total = 0
            for _ in range(n):
                total += p.norm1()
            return total


        def object_creation(n):
            p = Point(0, 0)
            for i in range(n):
                p = Point(i, p.x)
            return p.x + p.y
        """)]
    private static partial class Objects;

    /// <summary>Four instance-attribute reads and four int additions per iteration (LOAD_ATTR's inline cache).</summary>
    [Benchmark]
    public PyValue AttributeReads() => Objects.attribute_reads(PyValue.Int(N));

    /// <summary>One method call per iteration; the method reads two attributes and calls the builtin abs twice.</summary>
    [Benchmark]
    public PyValue MethodCalls() => Objects.method_calls(PyValue.Int(N));

    /// <summary>One instance created (and the previous one freed) per iteration; __init__ stores two attributes.</summary>
    [Benchmark]
    public PyValue ObjectCreation() => Objects.object_creation(PyValue.Int(N));
}
