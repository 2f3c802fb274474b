using System;
using System.Globalization;

namespace GilGen.Runtime;

/// <summary>A namedtuple field on its class (CPython's <c>_collections._tuplegetter</c>): reads item <see cref="Index"/> of the instance.</summary>
public sealed class PyTupleGetter : PyObject
{
    /// <summary>The class <c>_collections._tuplegetter</c>.</summary>
    public static readonly PyType TupleGetterType = new("_tuplegetter", PyType.Object) { IsBaseType = false, Module = "_collections" };

    /// <summary>The position of the field in the tuple.</summary>
    public readonly int Index;
    private readonly string _doc;

    /// <summary>The field at <paramref name="index"/>, documented as CPython documents it.</summary>
    public PyTupleGetter(int index)
    {
        Index = index;
        _doc = "Alias for field number " + index.ToString(CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public override PyType Type => TupleGetterType;

    /// <summary>instance.field: new reference.</summary>
    public PyValue Get(PyValue instance)
    {
        if (instance.Obj is not PyTuple t)
            throw PyErr.TypeError($"descriptor for index '{Index}' for tuple subclasses doesn't apply to '{instance.Type.Name}' object");
        if (Index >= t.Items.Length) throw PyErr.IndexError("tuple index out of range");
        return t.Items[Index].NewRef();
    }

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) =>
        name == "__doc__" ? PyValue.Str(_doc) : base.GetAttrOrNull(ts, name);

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => $"_tuplegetter({Index}, {PyStr.Quote(_doc)})";
}
