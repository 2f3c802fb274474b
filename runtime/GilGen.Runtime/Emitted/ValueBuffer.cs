using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>
/// Sixteen values on the C# stack: generated code copies a call's arguments (or a list's items)
/// here to pass them as one span, since its evaluation-stack slots are separate locals.
/// Larger argument lists use an array.
/// </summary>
[InlineArray(16)]
public struct ValueBuffer
{
    private PyValue _element0;
}

/// <summary>
/// Four values on the C# stack: <see cref="ValueBuffer"/> for a frame whose calls and builds copy at most four.
/// The JIT clears a frame's buffer at every entry (it holds references), so generated code declares the smallest.
/// </summary>
[InlineArray(4)]
public struct ValueBuffer4
{
    private PyValue _element0;
}

/// <summary>Eight values on the C# stack: <see cref="ValueBuffer"/> for a frame whose calls and builds copy at most eight.</summary>
[InlineArray(8)]
public struct ValueBuffer8
{
    private PyValue _element0;
}
