using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Text;

namespace GilGen.Runtime;

/// <summary>sys.modules: a read-only mapping view of the interpreter's module registry.</summary>
public sealed class SysModulesView : PyObject
{
    private static readonly PyType TypeObject = new("dict", PyType.Object) { IsBaseType = false };
    private readonly ModuleRegistry _registry;
    /// <summary>A view of <paramref name="registry"/>.</summary>
    public SysModulesView(ModuleRegistry registry) => _registry = registry;
    /// <inheritdoc/>
    public override PyType Type => TypeObject;
    /// <inheritdoc/>
    public override bool Contains(ThreadState ts, PyValue item) => item.Obj is PyStr s && _registry.Find(s.Value) != null;
    /// <inheritdoc/>
    public override PyValue GetItem(ThreadState ts, PyValue key)
    {
        if (key.Obj is PyStr s && _registry.Find(s.Value) is PyModule m) return PyValue.From(m).NewRef();
        throw PyErr.KeyError(key);
    }
    /// <inheritdoc/>
    public override long Length(ThreadState ts) => _registry.Loaded().Count;
    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts)
    {
        var names = new PyValueList();
        foreach (var m in _registry.Loaded()) names.Add(PyValue.Str(m.Name));
        var list = PyValue.From(new PyList(names));
        var it = list.Obj!.Iter(ts);
        list.DecRef();
        return it;
    }
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts)
    {
        var sb = new StringBuilder("{");
        bool first = true;
        foreach (var m in _registry.Loaded())
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(PyStr.Quote(m.Name)).Append(": ").Append(m.ReprString(ts));
        }
        return sb.Append('}').ToString();
    }
}
