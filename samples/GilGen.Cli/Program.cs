using System;
using GilGen.Cli;
using GilGen.Cli.CommandLine;

// The process entry point only wires the console in; everything else is in GilGenCommand so that
// tests run the very same code in-process. The runtime's process-wide modes come first: they are
// fixed when the runtime assembly loads (RuntimeModeSwitches).
RuntimeModeSwitches.Apply(args);
int status = GilGenCommand.Run(args, Console.Out, Console.Error);
// GILGEN_PROCESS_COSTS=1: where the process's CPU time went (the JIT, the GC), on stderr.
GilGen.Cli.Execution.ProcessCostReport.WriteIfRequested(Console.Error);
// GILGEN_LOADED_ASSEMBLIES=1: the assemblies the process loaded, on stderr.
GilGen.Cli.Execution.LoadedAssembliesReport.WriteIfRequested(Console.Error);
return status;
