namespace GilGen.Runtime;

// Subscripting a class (list[int], a class with __class_getitem__): PEP 560's rule, as type's mp_subscript does it.
public sealed partial class PyType
{
    /// <inheritdoc/>
    public override PyValue GetItem(ThreadState ts, PyValue key)
    {
        if (Lookup("__class_getitem__") is not PyValue getItem) throw PyErr.TypeError($"type '{QualName}' is not subscriptable");
        // A class's own __class_getitem__ is a classmethod (PyType.Heap wraps a plain function); the builtins' take the class first.
        var function = getItem.Obj is PyClassMethod method ? method.Function : getItem;
        return Ops.Call(ts, function, new[] { PyValue.From(this), key }, null);
    }
}
