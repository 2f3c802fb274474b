using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>
/// Four values on the C# stack: room for self and up to three arguments when runtime code prepends self to
/// a call's arguments (calling a class's <c>__init__</c>, a bound method). Clearing it costs a quarter of
/// <see cref="ValueBuffer"/>, which matters on the paths every method call and instance creation take.
/// </summary>
[InlineArray(Length)]
internal struct SelfAndArgs
{
    /// <summary>How many values fit.</summary>
    public const int Length = 4;

    private PyValue _element0;
}
