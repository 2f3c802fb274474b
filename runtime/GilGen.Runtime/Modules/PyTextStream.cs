using System;
using System.IO;

namespace GilGen.Runtime;

/// <summary>
/// sys.stdout, sys.stderr and sys.stdin: one class, _io.TextIOWrapper, as in CPython (type(sys.stdin) is type(sys.stdout)).
/// The output streams write() and flush() onto the interpreter's TextWriter; sys.stdin has no writer, and reading it
/// raises NotImplementedError, as input() does, because a GilGen program has no standard input.
/// </summary>
public sealed class PyTextStream : PyObject
{
    private static readonly PyType TypeObject = CreateType();
    private readonly string _name;
    private readonly Func<TextWriter>? _writer;

    /// <summary>An output stream named <paramref name="name"/> writing to whatever <paramref name="writer"/> returns at the time.</summary>
    public PyTextStream(string name, Func<TextWriter> writer) { _name = name; _writer = writer; }

    // The input stream (sys.stdin): mode 'r', nothing to write to.
    private PyTextStream(string name) => _name = name;

    /// <summary>sys.stdin: named '&lt;stdin&gt;', readable in CPython, not readable here (there is no standard input).</summary>
    public static PyTextStream Stdin() => new("<stdin>");

    /// <summary>The writer the stream stands for at this moment; null for sys.stdin.</summary>
    public TextWriter? Writer => _writer?.Invoke();

    private string Mode => _writer is null ? "r" : "w";

    /// <inheritdoc/>
    public override PyType Type => TypeObject;
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => $"<_io.TextIOWrapper name='{_name}' mode='{Mode}' encoding='utf-8'>";

    private static PyTextStream Self(ReadOnlySpan<PyValue> a) =>
        a.Length > 0 && a[0].Obj is PyTextStream s ? s : throw PyErr.TypeError("descriptor requires a '_io.TextIOWrapper' object");

    // What CPython raises here is io.UnsupportedOperation, a class GilGen's io does not have yet; reading sys.stdin is
    // what input() refuses too.
    private static PyException Unsupported(PyTextStream s, string method) => s._writer is null
        ? PyErr.NotImplementedError($"sys.stdin.{method}() is not supported: GilGen programs have no standard input")
        : PyErr.NotImplementedError($"GilGen does not support {s._name}.{method}() (io.UnsupportedOperation: not readable) yet");

    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => throw Unsupported(this, "__iter__");

    private static PyType CreateType()
    {
        var t = new PyType("TextIOWrapper", PyType.Object) { Module = "_io", IsBaseType = false };
        t.AddMethod("write", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("write", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            var self = Self(a);
            if (self._writer is null) throw PyErr.NotImplementedError("GilGen does not support sys.stdin.write() (io.UnsupportedOperation: not writable) yet");
            if (args[0].Obj is not PyStr s) throw PyErr.TypeError($"write() argument must be str, not {args[0].Type.Name}");
            TextCodec.CheckUtf8Encodable(s.Value);
            self._writer().Write(s.Value);
            return PyValue.Int(s.Value.Length);
        });
        t.AddMethod("flush", (ts, a, kw) =>
        {
            new BuiltinArguments("flush", a.Slice(1), kw).NoKeywords().Expect(0, 0);
            Self(a)._writer?.Invoke().Flush();
            return PyValue.None;
        });
        foreach (var name in new[] { "read", "readline", "readlines" })
            t.AddMethod(name, (ts, a, kw) => throw Unsupported(Self(a), name));
        t.AddMethod("readable", (ts, a, kw) =>
        {
            new BuiltinArguments("readable", a.Slice(1), kw).NoKeywords().Expect(0, 0);
            return PyValue.Bool(Self(a)._writer is null);
        });
        t.AddMethod("writable", (ts, a, kw) =>
        {
            new BuiltinArguments("writable", a.Slice(1), kw).NoKeywords().Expect(0, 0);
            return PyValue.Bool(Self(a)._writer is not null);
        });
        ReadOnlyAttribute.Install(t, "name", v => PyValue.Str(((PyTextStream)v.Obj!)._name));
        ReadOnlyAttribute.Install(t, "mode", v => PyValue.Str(((PyTextStream)v.Obj!).Mode));
        ReadOnlyAttribute.Install(t, "encoding", v => PyValue.Str("utf-8"));
        return t;
    }
}
