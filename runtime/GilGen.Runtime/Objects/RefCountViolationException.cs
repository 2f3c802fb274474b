using System;

namespace GilGen.Runtime;

/// <summary>
/// A reference-count slip found in checked mode (<see cref="CheckedRefCounts"/>): an object used after its
/// count reached zero, a count that would go below zero, or an object released twice. It is a bug of GilGen
/// (a runtime builtin or generated code), not a Python exception: generated code never catches it, so user
/// code cannot either, and it ends the run with the .NET stack of the offending operation.
/// </summary>
public sealed class RefCountViolationException : Exception
{
    /// <summary>The Python type name of the object the slip concerns (e.g. <c>list</c>).</summary>
    public string TypeName { get; }

    /// <summary>Creates the exception; <paramref name="earlier"/> is the violation the same thread raised before (which a finally block may have replaced), if any.</summary>
    public RefCountViolationException(string message, string typeName, Exception? earlier)
        : base(message, earlier) => TypeName = typeName;
}
