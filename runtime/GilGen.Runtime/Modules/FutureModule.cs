using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// __future__: the feature records CPython 3.12 lists. Every feature is already on in Python 3 (the
/// compiler reads <c>from __future__ import annotations</c> itself); the module only makes the import run.
/// </summary>
public static class FutureModule
{
    private static readonly (string Name, string Repr, long Flag)[] Features =
    {
        ("nested_scopes", "(2, 1, 0, 'beta', 1), (2, 2, 0, 'alpha', 0)", 16),
        ("generators", "(2, 2, 0, 'alpha', 1), (2, 3, 0, 'final', 0)", 0),
        ("division", "(2, 2, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0)", 131072),
        ("absolute_import", "(2, 5, 0, 'alpha', 1), (3, 0, 0, 'alpha', 0)", 262144),
        ("with_statement", "(2, 5, 0, 'alpha', 1), (2, 6, 0, 'alpha', 0)", 524288),
        ("print_function", "(2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0)", 1048576),
        ("unicode_literals", "(2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0)", 2097152),
        ("barry_as_FLUFL", "(3, 1, 0, 'alpha', 2), (4, 0, 0, 'alpha', 0)", 4194304),
        ("generator_stop", "(3, 5, 0, 'beta', 1), (3, 7, 0, 'alpha', 0)", 8388608),
        ("annotations", "(3, 7, 0, 'beta', 1), None", 16777216),
    };

    private static readonly PyType FeatureType = new("_Feature", PyType.Object) { Module = "__future__", IsBaseType = false };

    /// <summary>Makes __future__.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("__future__");
        var names = new PyValue[Features.Length];
        for (int i = 0; i < Features.Length; i++)
        {
            var (name, repr, flag) = Features[i];
            var f = PyValue.From(new Feature(repr, flag));
            m.SetGlobal(name, f);
            f.DecRef();
            names[i] = PyValue.Str(name);
        }
        var all = PyValue.From(new PyList(new PyValueList(names)));
        m.SetGlobal("all_feature_names", all);
        all.DecRef();
        return m;
    }

    private sealed class Feature : PyObject
    {
        private readonly string _releases;
        private readonly long _flag;
        public Feature(string releases, long flag) { _releases = releases; _flag = flag; }
        public override PyType Type => FeatureType;
        public override string ReprString(ThreadState? ts) => $"_Feature({_releases}, {_flag})";
        public override PyValue? GetAttrOrNull(ThreadState ts, string name) =>
            name == "compiler_flag" ? PyValue.Int(_flag) : base.GetAttrOrNull(ts, name);
    }
}
