using System;

namespace GilGen.Runtime;

/// <summary>The argument checks of CPython's slot wrappers, with their messages (self is the first argument).</summary>
internal static class SlotWrapperArguments
{
    /// <summary>A binary slot's wrapper (<c>__add__</c>, <c>__lt__</c>, <c>__or__</c>): exactly one argument besides self, no keywords.</summary>
    public static void Binary(string name, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (kwNames is { Length: > 0 }) throw PyErr.TypeError($"wrapper {name}() takes no keyword arguments");
        if (args.Length != 2) throw PyErr.TypeError($"expected 1 argument, got {args.Length - 1}");
    }
}
