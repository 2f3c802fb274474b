using BenchmarkDotNet.Running;

// Passes the command line to BenchmarkDotNet, so --filter, --job short and the like work.
BenchmarkSwitcher.FromAssembly(typeof(GilGen.Benchmarks.CountdownBenchmarks).Assembly).Run(args);
