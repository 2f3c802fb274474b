using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>An instance of a class without a builtin layout (object(), user classes): a type and an attribute dict.</summary>
public class PyInstance : PyObject
{
    private readonly PyType _type;
    private Dictionary<string, PyValue>? _dict;
    /// <summary>An instance of <paramref name="type"/> (the type is referenced).</summary>
    public PyInstance(PyType type) { _type = type; type.RefCount++; }
    /// <inheritdoc/>
    public override PyType Type => _type;
    /// <inheritdoc/>
    public override Dictionary<string, PyValue>? InstanceDict =>
        ReferenceEquals(_type, PyType.Object) ? null : (_dict ??= new Dictionary<string, PyValue>());
    /// <inheritdoc/>
    public override void Dealloc()
    {
        var d = _dict; _dict = null;
        if (d != null) foreach (var v in d.Values) v.DecRef();
        PyValue.From(_type).DecRef();
    }
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) =>
        _type.Module == "builtins" ? $"<{_type.Name} object at 0x{ObjectId.Of(this):x}>" : $"<{_type.Module}.{_type.Name} object at 0x{ObjectId.Of(this):x}>";
}
