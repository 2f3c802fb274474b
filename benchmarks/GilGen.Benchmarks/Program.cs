using System;
using System.Globalization;
using BenchmarkDotNet.Running;
using GilGen.Benchmarks;

// --write-synthetic DIR [CLASSES]: writes AnalyzerOverheadBenchmarks' synthetic project (the .cs
// files only) for benchmarks/analyzer-overhead.sh, and prints its line count, one cold timing of
// the compiler with and without GilGen's analyzers, and GilGen's findings.
if (args.Length >= 2 && args[0] == "--write-synthetic")
{
    var classes = args.Length >= 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;
    var lines = SyntheticProject.WriteTo(args[1], classes);
    Console.WriteLine($"{classes} classes, {lines} lines in {args[1]}");
    Console.WriteLine(AnalyzerOverheadBenchmarks.QuickLook(classes));
    return;
}

// --open-file [ROUNDS]: OpenFileAnalyzerBenchmarks' quick look, with each analyzer's CPU time on the open file.
// It runs itself again with tiered compilation off: every method is compiled optimized once, as in an IDE
// whose analysis code is warm, instead of twice over many rounds while it is measured.
if (args.Length is 1 or 2 && args[0] == "--open-file" && Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") != "0")
{
    var host = Environment.ProcessPath!;
    var again = new System.Diagnostics.ProcessStartInfo(host) { UseShellExecute = false };
    if (System.IO.Path.GetFileNameWithoutExtension(host) == "dotnet") again.ArgumentList.Add(typeof(OpenFileAnalyzerBenchmarks).Assembly.Location);
    foreach (var arg in args) again.ArgumentList.Add(arg);
    again.Environment["DOTNET_TieredCompilation"] = "0";
    using var child = System.Diagnostics.Process.Start(again)!;
    child.WaitForExit();
    return;
}
if (args.Length is 1 or 2 && args[0] == "--open-file")
{
    Console.WriteLine(OpenFileAnalyzerBenchmarks.QuickLook(args.Length == 2 ? int.Parse(args[1], CultureInfo.InvariantCulture) : OpenFileAnalyzerBenchmarks.DefaultRounds));
    return;
}

// --edit-latency [ROUNDS]: GeneratorEditBenchmarks' cases in CPU time, round-robin (GeneratorEditQuickLook);
// GILGEN_BASELINE_GENERATOR=old/GilGen.Generator.dll adds the GilGen cases with that build.
if (args.Length is 1 or 2 && args[0] == "--edit-latency")
{
    Console.WriteLine(GeneratorEditQuickLook.Run(args.Length == 2 ? int.Parse(args[1], CultureInfo.InvariantCulture) : GeneratorEditQuickLook.DefaultRounds));
    return;
}

// Otherwise passes the command line to BenchmarkDotNet, so --filter, --job short and the like work.
BenchmarkSwitcher.FromAssembly(typeof(CountdownBenchmarks).Assembly).Run(args);
