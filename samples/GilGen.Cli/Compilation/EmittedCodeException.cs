using System;
using System.Collections.Generic;

namespace GilGen.Cli.Compilation;

/// <summary>
/// The C# that the emitter produced did not compile. This is a bug in GilGen, not in the script, so
/// gilgen reports it as an internal error with Roslyn's messages rather than as a SyntaxError.
/// </summary>
public sealed class EmittedCodeException : Exception
{
    /// <summary>Creates the exception from Roslyn's error messages.</summary>
    public EmittedCodeException(IReadOnlyList<string> errors)
        : base("the generated C# did not compile:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    /// <summary>Roslyn's errors, formatted as the compiler prints them.</summary>
    public IReadOnlyList<string> Errors { get; }
}
