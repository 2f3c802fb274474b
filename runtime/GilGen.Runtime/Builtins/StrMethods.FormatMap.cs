using System;
using System.Collections.Generic;
using System.Text;

namespace GilGen.Runtime;

public static partial class StrMethods
{
    /// <summary>str.format_map.</summary>
    private static void InstallFormatMap(PyType t)
    {
        t.AddMethod("format_map", (ts, a, kw) =>
        {
            new BuiltinArguments("format_map", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            // Exactly a dict with str keys formats as format(**mapping); mappings that compute missing keys need lookups on demand.
            if (a[1].Obj is not PyDict d || !ReferenceEquals(a[1].Type, PyType.Dict_))
                throw PyErr.NotImplementedError($"GilGen does not support str.format_map with a '{a[1].Type.Name}' mapping yet (a dict works)");
            var names = new List<string>();
            var values = new PyValueList();
            foreach (var (k, v) in d.Table.Entries())
            {
                if (k.Obj is not PyStr ks) continue;
                names.Add(ks.Value);
                values.Add(v);
            }
            return PyValue.Str(StrFormat.Format(ts, Self(a), values.ToArray(), names.ToArray()));
        });
    }
}
