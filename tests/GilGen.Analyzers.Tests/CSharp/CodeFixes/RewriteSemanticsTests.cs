using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using GilGen.Analyzers.Tests.Infrastructure;
using GilGen.CodeFixes.CSharp;

namespace GilGen.Analyzers.Tests.CSharp.CodeFixes;

/// <summary>
/// The Interlocked rewrites compute what the code they replace computed: both versions of a probe
/// class are compiled and run on the same inputs, wrap-around included. Chiefly for the subtraction
/// forms (<c>unchecked(0U - k)</c> for uint and ulong, <c>-(long)k</c>, <c>unchecked(-int.MinValue)</c>)
/// and for the old value of <c>x++</c>.
/// </summary>
public sealed class RewriteSemanticsTests
{
    /// <summary>The probe with its read-modify-writes marked (the test analyzer reports each).</summary>
    private const string ProbeMarkup = """
        public static class Probe
        {
            private static uint u;
            private static ulong l;
            private static int i;
            private static long w;

            public static uint SubU(uint start, uint k) { u = start; {|GIL2001:u -= k|}; return u; }
            public static uint SubUConstant(uint start) { u = start; {|GIL2001:u -= 7|}; return u; }
            public static uint SubUValue(uint start, uint k) { u = start; return {|GIL2001:u -= k|}; }
            public static uint AssignSubU(uint start, uint k) { u = start; {|GIL2001:u = u - k|}; return u; }
            public static ulong SubL(ulong start, ulong k) { l = start; {|GIL2001:l -= k|}; return l; }
            public static ulong SubLByUInt(ulong start, uint k) { l = start; {|GIL2001:l -= k|}; return l; }
            public static int SubI(int start, int k) { i = start; {|GIL2001:i -= k|}; return i; }
            public static int SubIMinValue(int start) { i = start; {|GIL2001:i -= int.MinValue|}; return i; }
            public static long SubWByInt(long start, int k) { w = start; {|GIL2001:w -= k|}; return w; }
            public static long SubWByIntMinValue(long start) { w = start; {|GIL2001:w -= int.MinValue|}; return w; }
            public static int OldValueOfIncrement(int start) { i = start; return {|GIL2001:i++|}; }
            public static uint OldValueOfDecrement(uint start) { u = start; return {|GIL2001:u--|}; }
        }
        """;

    private const string Rewritten = """
        using System.Threading;

        public static class Probe
        {
            private static uint u;
            private static ulong l;
            private static int i;
            private static long w;

            public static uint SubU(uint start, uint k) { u = start; Interlocked.Add(ref u, unchecked(0U - k)); return u; }
            public static uint SubUConstant(uint start) { u = start; Interlocked.Add(ref u, unchecked(0U - 7)); return u; }
            public static uint SubUValue(uint start, uint k) { u = start; return Interlocked.Add(ref u, unchecked(0U - k)); }
            public static uint AssignSubU(uint start, uint k) { u = start; Interlocked.Add(ref u, unchecked(0U - k)); return u; }
            public static ulong SubL(ulong start, ulong k) { l = start; Interlocked.Add(ref l, unchecked(0UL - k)); return l; }
            public static ulong SubLByUInt(ulong start, uint k) { l = start; Interlocked.Add(ref l, unchecked(0UL - k)); return l; }
            public static int SubI(int start, int k) { i = start; Interlocked.Add(ref i, -k); return i; }
            public static int SubIMinValue(int start) { i = start; Interlocked.Add(ref i, unchecked(-int.MinValue)); return i; }
            public static long SubWByInt(long start, int k) { w = start; Interlocked.Add(ref w, -(long)k); return w; }
            public static long SubWByIntMinValue(long start) { w = start; Interlocked.Add(ref w, -(long)int.MinValue); return w; }
            public static int OldValueOfIncrement(int start) { i = start; return Interlocked.Increment(ref i) - 1; }
            public static uint OldValueOfDecrement(uint start) { u = start; return Interlocked.Decrement(ref u) + 1; }
        }
        """;

    private static readonly uint[] s_uints = [0, 1, 2, 3, 5, 7, 0x7FFF_FFFF, 0x8000_0000, 0x8000_0001, uint.MaxValue - 1, uint.MaxValue];
    private static readonly ulong[] s_ulongs = [0, 1, 3, 5, 7, uint.MaxValue, (ulong)uint.MaxValue + 1, 0x8000_0000_0000_0000, ulong.MaxValue - 1, ulong.MaxValue];
    private static readonly int[] s_ints = [0, 1, -1, 5, -7, int.MaxValue, int.MinValue, int.MinValue + 1];
    private static readonly long[] s_longs = [0, 1, -1, 5, int.MaxValue, (long)int.MaxValue + 1, int.MinValue, long.MaxValue, long.MinValue];

    [Fact]
    public async Task Rewritten_subtractions_and_old_values_compute_the_same_results_including_wrap_around()
    {
        await CodeFixVerifier.VerifyAsync(new ReadModifyWriteTestAnalyzer(), new ReadModifyWriteCodeFixProvider(), ProbeMarkup, Rewritten,
            equivalenceKey: ReadModifyWriteEquivalenceKeys.UseInterlocked);
        var original = await LoadAsync(Regex.Replace(ProbeMarkup, @"\{\|GIL2001:|\|\}", ""));
        var rewritten = await LoadAsync(Rewritten);

        foreach (var start in s_uints)
        {
            Same(original, rewritten, "SubUConstant", start);
            Same(original, rewritten, "OldValueOfDecrement", start);
            foreach (var k in s_uints)
            {
                Same(original, rewritten, "SubU", start, k);
                Same(original, rewritten, "SubUValue", start, k);
                Same(original, rewritten, "AssignSubU", start, k);
            }
        }
        foreach (var start in s_ulongs)
        {
            foreach (var k in s_ulongs) Same(original, rewritten, "SubL", start, k);
            foreach (var k in s_uints) Same(original, rewritten, "SubLByUInt", start, k);
        }
        foreach (var start in s_ints)
        {
            Same(original, rewritten, "SubIMinValue", start);
            Same(original, rewritten, "OldValueOfIncrement", start);
            foreach (var k in s_ints) Same(original, rewritten, "SubI", start, k);
        }
        foreach (var start in s_longs)
        {
            Same(original, rewritten, "SubWByIntMinValue", start);
            foreach (var k in s_ints) Same(original, rewritten, "SubWByInt", start, k);
        }

        // And the values are the arithmetic they should be, not merely equal to each other.
        Assert.Equal(uint.MaxValue - 1, rewritten.GetMethod("SubU")!.Invoke(null, [3u, 5u]));
        Assert.Equal(ulong.MaxValue, rewritten.GetMethod("SubL")!.Invoke(null, [0ul, 1ul]));
        Assert.Equal(0x8000_0000L + 5, rewritten.GetMethod("SubWByIntMinValue")!.Invoke(null, [5L]));
    }

    private static void Same(Type original, Type rewritten, string method, params object[] arguments)
    {
        var expected = original.GetMethod(method)!.Invoke(null, arguments);
        var actual = rewritten.GetMethod(method)!.Invoke(null, arguments);
        Assert.True(Equals(expected, actual), $"{method}({string.Join(", ", arguments)}): {expected} before the fix, {actual} after");
    }

    /// <summary>Compiles <paramref name="source"/> and loads its Probe class into a collectible context of its own.</summary>
    private static async Task<Type> LoadAsync(string source)
    {
        var compilation = (await TestProject.Create([("Test0.cs", source)]).GetCompilationAsync())!;
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        var assembly = new AssemblyLoadContext("probe-" + Guid.NewGuid(), isCollectible: true).LoadFromStream(image);
        return assembly.GetType("Probe")!;
    }
}
