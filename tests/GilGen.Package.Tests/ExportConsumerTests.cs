using System.IO;

namespace GilGen.Package.Tests;

/// <summary>
/// A project that references the package exports C# to Python (docs/exports.md): the package's generator writes
/// the [GilExtensionModule] registration, a [GilModule] of the same project imports the module (accepted at build
/// time), and at run time the module initializer has registered it, the ReleasesGil export included.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ExportConsumerTests(PackedGilGen package)
{
    private const string Program = """
        using System;
        using GilGen;

        Console.WriteLine(Uses.main());

        [GilExtensionModule("fastmath")]
        public static partial class FastMath
        {
            [GilExport]
            public static long SumSquares(long n)
            {
                long sum = 0;
                for (long i = 1; i <= n; i++) sum += i * i;
                return sum;
            }

            [GilExport(ReleasesGil = true)]
            public static long Spin(long n)
            {
                while (n > 0) n--;
                return n;
            }
        }

        [GilModule(@"
        import threading
        import fastmath
        def main():
            threads = [threading.Thread(target=fastmath.spin, args=[1000]) for _ in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            return fastmath.sum_squares(10) + fastmath.spin(5)
        ")]
        public static partial class Uses;
        """;

    [Fact]
    public void Consumer_exports_a_CSharp_module_and_its_own_snippet_imports_and_calls_it()
    {
        var consumer = package.NewConsumer("ExportConsumer");
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), Program);

        var build = DotnetCommand.Run(consumer, "build", "-nologo", "-v:q");
        Assert.True(build.ExitCode == 0, "dotnet build failed:\n" + build.Output);
        var run = DotnetCommand.Run(consumer, "run", "--no-build");
        Assert.True(run.ExitCode == 0, "dotnet run failed:\n" + run.Output);
        Assert.Equal("385", run.Output.Trim());
    }
}
