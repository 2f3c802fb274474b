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
if (args.Length is 1 or 2 && args[0] == "--open-file")
{
    Console.WriteLine(OpenFileAnalyzerBenchmarks.QuickLook(args.Length == 2 ? int.Parse(args[1], CultureInfo.InvariantCulture) : OpenFileAnalyzerBenchmarks.DefaultRounds));
    return;
}

// Otherwise passes the command line to BenchmarkDotNet, so --filter, --job short and the like work.
BenchmarkSwitcher.FromAssembly(typeof(CountdownBenchmarks).Assembly).Run(args);
