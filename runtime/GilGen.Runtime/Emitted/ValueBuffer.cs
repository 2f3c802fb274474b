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
