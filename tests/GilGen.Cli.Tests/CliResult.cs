namespace GilGen.Cli.Tests;

/// <summary>What one in-process run of the gilgen command produced.</summary>
/// <param name="ExitCode">The status the process would exit with.</param>
/// <param name="Stdout">Everything written to standard output.</param>
/// <param name="Stderr">Everything written to standard error.</param>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr);
