using System;
using GilGen.Cli;
using GilGen.Cli.CommandLine;

// The process entry point only wires the console in; everything else is in GilGenCommand so that
// tests run the very same code in-process. The runtime's process-wide modes come first: they are
// fixed when the runtime assembly loads (RuntimeModeSwitches).
RuntimeModeSwitches.Apply(args);
return GilGenCommand.Run(args, Console.Out, Console.Error);
