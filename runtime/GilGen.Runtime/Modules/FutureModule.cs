using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// The <c>__future__</c> module: what <c>from __future__ import annotations</c> binds. The compiler
/// acts on future statements; at run time they are ordinary imports of these feature records.
/// </summary>
public static class FutureModule
{
    private static readonly PyType FeatureType = new("_Feature", PyType.Object) { IsBaseType = false };

    /// <summary>One <c>__future__._Feature</c>: the releases that made a feature optional and mandatory, and its compiler flag.</summary>
    private sealed class Feature : PyObject
    {
        private readonly string _optional;
        private readonly string _mandatory;
        private readonly long _flag;

        public Feature(string optional, string mandatory, long flag) { _optional = optional; _mandatory = mandatory; _flag = flag; }

        public override PyType Type => FeatureType;

        public override string ReprString(ThreadState? ts) => $"_Feature({_optional}, {_mandatory}, {_flag})";

        public override PyValue? GetAttrOrNull(ThreadState ts, string name) =>
            name == "compiler_flag" ? PyValue.Int(_flag) : base.GetAttrOrNull(ts, name);
    }

    private static readonly (string Name, string Optional, string Mandatory, long Flag)[] Features =
    {
        ("nested_scopes", "(2, 1, 0, 'beta', 1)", "(2, 2, 0, 'alpha', 0)", 0x10),
        ("generators", "(2, 2, 0, 'alpha', 1)", "(2, 3, 0, 'final', 0)", 0),
        ("division", "(2, 2, 0, 'alpha', 2)", "(3, 0, 0, 'alpha', 0)", 0x20000),
        ("absolute_import", "(2, 5, 0, 'alpha', 1)", "(3, 0, 0, 'alpha', 0)", 0x40000),
        ("with_statement", "(2, 5, 0, 'alpha', 1)", "(2, 6, 0, 'alpha', 0)", 0x80000),
        ("print_function", "(2, 6, 0, 'alpha', 2)", "(3, 0, 0, 'alpha', 0)", 0x100000),
        ("unicode_literals", "(2, 6, 0, 'alpha', 2)", "(3, 0, 0, 'alpha', 0)", 0x200000),
        ("barry_as_FLUFL", "(3, 1, 0, 'alpha', 2)", "(4, 0, 0, 'alpha', 0)", 0x400000),
        ("generator_stop", "(3, 5, 0, 'beta', 1)", "(3, 7, 0, 'alpha', 0)", 0x800000),
        ("annotations", "(3, 7, 0, 'beta', 1)", "None", 0x1000000),
    };

    /// <summary>Makes the module (once per interpreter).</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("__future__");
        var names = new List<PyValue>();
        foreach (var (name, optional, mandatory, flag) in Features)
        {
            m.SetGlobal(name, PyValue.From(new Feature(optional, mandatory, flag)));
            names.Add(PyValue.Str(name));
        }
        m.SetGlobal("all_feature_names", PyValue.From(new PyList(names)));
        return m;
    }
}
