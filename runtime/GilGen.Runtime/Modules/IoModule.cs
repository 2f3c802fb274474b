namespace GilGen.Runtime;

/// <summary>io: StringIO and BytesIO (files are opened with the builtin open).</summary>
public static class IoModule
{
    /// <summary>Makes io.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("io");
        m.SetGlobal("StringIO", PyValue.From(PyStringIO.StringIOType));
        m.SetGlobal("BytesIO", PyValue.From(PyBytesIO.BytesIOType));
        return m;
    }
}
