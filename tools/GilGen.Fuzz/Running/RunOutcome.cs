namespace GilGen.Fuzz.Running;

/// <summary>What one program did under one implementation.</summary>
/// <param name="Stdout">Everything it printed.</param>
/// <param name="Escaped">The name of the exception that ended it, or null when it ended normally.</param>
/// <param name="Failure">
/// Set when the program did not run to an end at all: GilGen refused to compile it, it did not
/// finish within the time limit, or the runner itself threw (a .NET exception out of GilGen).
/// </param>
internal sealed record RunOutcome(string Stdout, string? Escaped, string? Failure = null)
{
    /// <summary>The process exit status python would have: 0, or 1 after an uncaught exception.</summary>
    public int ExitStatus => Escaped is null ? 0 : 1;

    public static RunOutcome Failed(string why) => new("", null, why);
}
