namespace GilGen.Conformance.Tests;

/// <summary>What running one program printed, or why it could not run.</summary>
/// <param name="Stdout">Everything the program printed on stdout (line ends as written).</param>
/// <param name="Stderr">Tracebacks, thread exceptions, compile errors.</param>
/// <param name="ExitCode">The process status gilgen would exit with (0: the module ran to its end).</param>
public sealed record ProgramOutcome(string Stdout, string Stderr, int ExitCode)
{
    /// <summary>An outcome for a program that never started (compile error, time-out).</summary>
    public static ProgramOutcome Failed(string why) => new("", why, -1);
}
