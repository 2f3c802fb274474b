using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>sys.stdout / sys.stderr: write() and flush() onto the interpreter's TextWriter.</summary>
public sealed class PyTextStream : PyObject
{
    private static readonly PyType TypeObject = CreateType();
    private readonly string _name;
    private readonly Func<TextWriter> _writer;

    /// <summary>A stream named <paramref name="name"/> writing to whatever <paramref name="writer"/> returns at the time.</summary>
    public PyTextStream(string name, Func<TextWriter> writer) { _name = name; _writer = writer; }
    /// <summary>The writer the stream stands for at this moment.</summary>
    public TextWriter Writer => _writer();
    /// <inheritdoc/>
    public override PyType Type => TypeObject;
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => $"<_io.TextIOWrapper name='{_name}' mode='w' encoding='utf-8'>";

    private static PyType CreateType()
    {
        var t = new PyType("TextIOWrapper", PyType.Object) { IsBaseType = false };
        t.AddMethod("write", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("write", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            if (args[0].Obj is not PyStr s) throw PyErr.TypeError($"write() argument must be str, not {args[0].Type.Name}");
            TextCodec.CheckUtf8Encodable(s.Value);
            ((PyTextStream)a[0].Obj!)._writer().Write(s.Value);
            return PyValue.Int(s.Value.Length);
        });
        t.AddMethod("flush", (ts, a, kw) => { ((PyTextStream)a[0].Obj!)._writer().Flush(); return PyValue.None; });
        return t;
    }
}
