using System;

namespace GilGen.Runtime;

/// <summary>
/// <c>__get__</c> of the builtin descriptors a class attribute is bound through (function, classmethod, staticmethod),
/// for code that binds by hand: <c>f.__get__(obj, cls)</c>, functools.partialmethod, singledispatchmethod. It binds as
/// reading the attribute does (<see cref="AttributeLookup.Get"/>): a function to the instance (itself when the
/// instance is None), a classmethod to the owner (or the instance's class), a staticmethod to nothing.
/// </summary>
internal static class DescriptorGet
{
    /// <summary>Adds <c>__get__(instance, owner=None)</c> to <paramref name="type"/>.</summary>
    public static void Install(PyType type) => type.AddMethod("__get__", (ts, a, kw) =>
    {
        // CPython unpacks the arguments under an empty name: its messages start with a space.
        var args = new BuiltinArguments("", a.Slice(1), kw).NoKeywords().Expect(1, 2);
        var instance = args[0];
        var owner = args.Count > 1 && !args[1].IsNone ? args[1] : PyValue.Unbound;
        if (instance.IsNone && owner.IsUnbound) throw PyErr.TypeError("__get__(None, None) is invalid");
        var ownerType = owner.Obj as PyType ?? instance.Type;
        return AttributeLookup.Get(ts, a[0], instance.IsNone ? PyValue.Unbound : instance, ownerType);
    });
}
