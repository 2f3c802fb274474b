using System;

namespace GilGen.Runtime;

public static partial class StrMethods
{
    /// <summary>str.format_map.</summary>
    private static void InstallFormatMap(PyType t)
    {
        t.AddMethod("format_map", (ts, a, kw) =>
        {
            new BuiltinArguments("format_map", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            return PyValue.Str(StrFormat.FormatMap(ts, Self(a), a[1]));
        });
    }
}
