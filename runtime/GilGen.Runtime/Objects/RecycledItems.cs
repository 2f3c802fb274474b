using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>
/// Eight values on the C# stack: the items a list slice assignment removes, kept until the list is updated and
/// released then (CPython's <c>recycle_on_stack</c> in <c>list_ass_slice</c>). More than eight take an array,
/// as CPython mallocs one.
/// </summary>
[InlineArray(Length)]
internal struct RecycledItems
{
    /// <summary>How many values fit.</summary>
    public const int Length = 8;

    private PyValue _element0;
}
