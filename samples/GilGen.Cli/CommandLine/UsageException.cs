using System;

namespace GilGen.Cli.CommandLine;

/// <summary>
/// The command line could not be understood. gilgen prints the message with a usage hint and exits
/// with status 2, as python does for a bad option.
/// </summary>
public sealed class UsageException : Exception
{
    /// <summary>Creates the exception with the message shown to the user.</summary>
    public UsageException(string message) : base(message) { }
}
