namespace GilGen.Fuzz.Model;

/// <summary>
/// The static type the generator gives an expression, so that what it builds is valid: an operation
/// only ever receives operands of types it accepts.
/// </summary>
internal enum PyType
{
    Int,
    Float,
    Str,
    Bytes,
    Bool,
    IntList,
    StrList,
    IntTuple,
    StrIntDict,
    IntSet,
    /// <summary>A (str, int) tuple, as dict.items() yields.</summary>
    Pair,
    /// <summary>A list of (str, int) tuples.</summary>
    PairList,
}
