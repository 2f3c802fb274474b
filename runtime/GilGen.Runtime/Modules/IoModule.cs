namespace GilGen.Runtime;

/// <summary>io: StringIO (files are opened with the builtin open).</summary>
public static class IoModule
{
    /// <summary>Makes io.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("io");
        m.SetGlobal("StringIO", PyValue.From(PyStringIO.StringIOType));
        return m;
    }
}
