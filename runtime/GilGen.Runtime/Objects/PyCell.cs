using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>A closure cell (LOAD_DEREF/STORE_DEREF); <see cref="Value"/> is Unbound when empty.</summary>
public sealed class PyCell : PyObject
{
    /// <summary>The referenced value (owned reference), or Unbound.</summary>
    public PyValue Value = PyValue.Unbound;
    /// <summary>An empty cell.</summary>
    public PyCell() { }
    /// <summary>A cell holding <paramref name="value"/> (steals the reference).</summary>
    public PyCell(PyValue value) => Value = value;
    /// <inheritdoc/>
    public override PyType Type => PyType.Cell;
    /// <inheritdoc/>
    public override void Dealloc() { var v = Value; Value = PyValue.Unbound; v.DecRef(); }
    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name)
    {
        if (name != "cell_contents") return base.GetAttrOrNull(ts, name);
        if (Value.IsUnbound) throw PyErr.ValueError("Cell is empty");
        return Value.NewRef();
    }
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) =>
        Value.IsUnbound ? $"<cell at 0x{ObjectId.Of(this):x}: empty>" : $"<cell at 0x{ObjectId.Of(this):x}: {Value.Type.Name} object at 0x{(Value.Obj is null ? 0 : ObjectId.Of(Value.Obj)):x}>";
}
