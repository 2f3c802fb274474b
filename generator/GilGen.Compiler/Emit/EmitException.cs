using System;

namespace GilGen.Compiler.Emit;

/// <summary>
/// The compiled code uses something the C# emitter cannot translate yet. The generator reports it
/// as GIL0002 at <see cref="Line"/>; it is never a crash.
/// </summary>
public sealed class EmitException : Exception
{
    public EmitException(string message, int line) : base(message) { Line = line; }

    /// <summary>The snippet line (1-based) of the construct, or 0 when unknown.</summary>
    public int Line { get; }
}
