using System;
using System.Collections.Generic;
using System.IO;
using GilGen.Cli.Caching;
using GilGen.Cli.CommandLine;
using GilGen.Cli.Compilation;
using GilGen.Cli.Execution;

namespace GilGen.Cli;

/// <summary>
/// The <c>gilgen</c> command as a method: what the executable runs, and what tests call in-process.
/// </summary>
public static class GilGenCommand
{
    /// <summary>Runs the command line <paramref name="args"/> and returns the process exit status.</summary>
    /// <param name="args">The arguments after the program name, e.g. <c>run --profile py39 x.py</c>.</param>
    /// <param name="stdout">Standard output (the script's <c>print</c>).</param>
    /// <param name="stderr">Standard error (tracebacks, SyntaxErrors, usage errors).</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, new AssemblyCache(AssemblyCache.DefaultDirectory()));

    /// <summary>Runs <paramref name="args"/> with compiled scripts kept in <paramref name="cache"/>.</summary>
    /// <param name="args">The arguments after the program name.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="cache">The assembly cache to use (tests give each run a folder of its own).</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, AssemblyCache cache)
    {
        try
        {
            if (args.Length == 0)
                throw new UsageException("a command is required");
            IReadOnlyList<string> rest = args[1..];
            // `gilgen explore --help`: a command's own options come before its file, so --help there asks for usage.
            if (rest.Count > 0 && rest[0] is "-h" or "--help" && args[0] is "run" or "explore" or "replay" or "dis")
            {
                stdout.Write(HelpText.Full);
                return ExitStatus.Success;
            }
            switch (args[0])
            {
                case "-h":
                case "--help":
                case "help":
                    stdout.Write(HelpText.Full);
                    return ExitStatus.Success;
                case "run":
                    return RunCommand.Execute(RunOptionsParser.Parse(rest), stdout, stderr, cache);
                case "explore":
                    return ExploreCommand.Explore(ExploreOptionsParser.Parse(rest, replay: false), stdout, stderr, cache);
                case "replay":
                    return ExploreCommand.Replay(ExploreOptionsParser.Parse(rest, replay: true), stdout, stderr, cache);
                case "dis":
                    return DisCommand.Execute(rest, stdout, stderr);
                default:
                    throw new UsageException($"unknown command '{args[0]}'");
            }
        }
        catch (UsageException e)
        {
            stderr.Write("gilgen: " + e.Message + "\n" + HelpText.Hint);
            return ExitStatus.Usage;
        }
        catch (EmittedCodeException e)
        {
            stderr.Write("gilgen: internal error: " + e.Message + "\n");
            return ExitStatus.InternalError;
        }
        catch (GilGen.Runtime.RefCountViolationException e)
        {
            // Checked reference counts found a slip in GilGen itself: the .NET stack points at it.
            stderr.Write("gilgen: internal error: " + e + "\n");
            return ExitStatus.InternalError;
        }
    }
}
