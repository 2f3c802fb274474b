using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// The attributes a builtin class's objects answer in their own attribute lookup, where CPython's class holds a
/// descriptor for each (getset and member descriptors, <c>type.__bases__</c>, <c>function.__code__</c>,
/// <c>BaseException.args</c>) or a method GilGen answers the same way (<c>type.mro</c>): <c>dir()</c> lists them as
/// CPython's does, from this table, for the class and every class that inherits from it. Only names GilGen's objects
/// answer are here (CPython's others, <c>type.__basicsize__</c>, <c>function.__code__</c>, are missing from both).
/// </summary>
internal static class DescriptorNames
{
    private static Dictionary<PyType, string[]>? s_table;

    /// <summary>The names <paramref name="type"/> itself adds (not its bases), or an empty array.</summary>
    public static string[] Of(PyType type)
    {
        var table = s_table ??= Build();
        return table.TryGetValue(type, out var names) ? names : System.Array.Empty<string>();
    }

    private static Dictionary<PyType, string[]> Build() => new()
    {
        [PyType.TypeType] = new[]
        {
            "__abstractmethods__", "__base__", "__bases__", "__dict__", "__module__", "__mro__", "__name__", "__qualname__", "mro",
        },
        [PyType.Function] = new[]
        {
            "__annotations__", "__closure__", "__defaults__", "__dict__", "__globals__", "__kwdefaults__", "__module__", "__name__", "__qualname__",
        },
        [PyType.Slice] = new[] { "start", "step", "stop" },
        [PyType.Method] = new[] { "__func__", "__self__" },
        [PyType.BuiltinFunction] = new[] { "__name__", "__qualname__", "__self__" },
        [ExceptionTypes.BaseException] = new[] { "__cause__", "__context__", "__dict__", "__suppress_context__", "__traceback__", "args" },
        [ExceptionTypes.SystemExit] = new[] { "code" },
        [ExceptionTypes.OSError] = new[] { "errno", "filename", "filename2", "strerror" },
        [ExceptionTypes.StopIteration] = new[] { "value" },
        [ExceptionTypes.SyntaxError] = new[] { "end_lineno", "end_offset", "filename", "lineno", "msg", "offset", "print_file_and_line", "text" },
        [ExceptionGroupTypes.BaseExceptionGroup] = new[] { "exceptions", "message" },
        [PyProperty.TypeObject] = new[] { "__isabstractmethod__", "fdel", "fget", "fset" },
        [PyStaticMethod.TypeObject] = new[] { "__func__", "__wrapped__" },
        [PyClassMethod.TypeObject] = new[] { "__func__", "__wrapped__" },
        [PySuper.TypeObject] = new[] { "__self__", "__self_class__", "__thisclass__" },
    };
}
