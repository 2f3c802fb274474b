using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// Which dunder methods of a builtin class are CPython's slot wrappers (<c>&lt;slot wrapper '__add__' of 'list'
/// objects&gt;</c>, type wrapper_descriptor) rather than plain methods (<c>&lt;method '__getitem__' of 'dict'
/// objects&gt;</c>): the names that stand for a type slot, less the few a CPython class defines as methods of its own.
/// </summary>
internal static class SlotWrapperNames
{
    private static readonly HashSet<string> Slots = new(System.StringComparer.Ordinal)
    {
        "__repr__", "__str__", "__hash__", "__call__", "__getattribute__", "__setattr__", "__delattr__",
        "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__next__", "__get__", "__set__",
        "__delete__", "__init__", "__del__", "__await__", "__aiter__", "__anext__",
        "__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__buffer__", "__release_buffer__",
        "__bool__", "__int__", "__float__", "__index__", "__neg__", "__pos__", "__abs__", "__invert__",
        "__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__divmod__", "__pow__",
        "__lshift__", "__rshift__", "__and__", "__or__", "__xor__", "__matmul__",
        "__radd__", "__rsub__", "__rmul__", "__rtruediv__", "__rfloordiv__", "__rmod__", "__rdivmod__", "__rpow__",
        "__rlshift__", "__rrshift__", "__rand__", "__ror__", "__rxor__", "__rmatmul__",
        "__iadd__", "__isub__", "__imul__", "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__",
        "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__", "__imatmul__",
    };

    /// <summary>True when CPython's <paramref name="type"/> has <paramref name="name"/> as a slot wrapper.</summary>
    public static bool IsSlotWrapper(PyType type, string name)
    {
        if (!Slots.Contains(name)) return false;
        // CPython's list and dict define __getitem__ as methods (for speed), dict, set and frozenset __contains__.
        if (name == "__getitem__") return !ReferenceEquals(type, PyType.List) && !ReferenceEquals(type, PyType.Dict_);
        if (name == "__contains__") return !ReferenceEquals(type, PyType.Dict_) && !ReferenceEquals(type, PyType.Set) && !ReferenceEquals(type, PyType.FrozenSet);
        return true;
    }
}
