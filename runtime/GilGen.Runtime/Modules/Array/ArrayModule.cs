namespace GilGen.Runtime;

/// <summary>array: the array class (also ArrayType) and the typecodes string.</summary>
public static class ArrayModule
{
    /// <summary>Makes array.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("array");
        m.SetGlobal("array", PyValue.From(PyArray.ArrayType));
        m.SetGlobal("ArrayType", PyValue.From(PyArray.ArrayType));
        var codes = PyValue.Str(PyArray.TypeCodes);
        m.SetGlobal("typecodes", codes);
        codes.DecRef();
        return m;
    }
}
