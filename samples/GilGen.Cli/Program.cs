using System;
using GilGen.Cli;

// The process entry point only wires the console in; everything else is in GilGenCommand so that
// tests run the very same code in-process.
return GilGenCommand.Run(args, Console.Out, Console.Error);
