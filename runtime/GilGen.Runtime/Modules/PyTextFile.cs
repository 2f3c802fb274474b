using System;
using System.IO;
using System.Text;

namespace GilGen.Runtime;

/// <summary>
/// What the builtin <c>open()</c> returns for a text file (CPython's <c>_io.TextIOWrapper</c>): UTF-8, universal
/// newlines on reading. The file is read whole when opened for reading, and what is written is buffered and
/// written out by <c>flush()</c> and <c>close()</c> (CPython buffers too); the disk I/O is a blocking call that
/// releases the GIL, as CPython's does. Binary and update modes are refused with NotImplementedError.
/// </summary>
public sealed class PyTextFile : PyObject
{
    /// <summary>The class <c>_io.TextIOWrapper</c>.</summary>
    public static readonly PyType TextIOWrapperType = CreateType();

    private readonly string _path;
    private readonly string _mode;
    private readonly bool _reading;
    // The file's text when reading; what was written when writing, of which the first _written characters are on disk.
    private readonly PyStringIO _buffer;
    private int _written;
    private bool _closed;

    private PyTextFile(string path, string mode, bool reading, string text)
    {
        _path = path;
        _mode = mode;
        _reading = reading;
        _buffer = new PyStringIO(text);
    }

    /// <inheritdoc/>
    public override PyType Type => TextIOWrapperType;

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => $"<_io.TextIOWrapper name={Ops.ReprOf(ts, PyValue.Str(_path))} mode='{_mode}' encoding='UTF-8'>";

    /// <summary>open(file, mode='r', encoding=None, newline=None) for text files. New reference.</summary>
    public static PyValue Open(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        var p = CallArguments.Bind("open", a, kw, new[] { "file", "mode", "buffering", "encoding", "errors", "newline" }, 1);
        if (p[0].Obj is not PyStr file) throw PyErr.TypeError($"expected str, bytes or os.PathLike object, not {p[0].Type.Name}");
        string mode = p[1].IsUnbound ? "r" : p[1].Obj is PyStr m ? m.Value : throw PyErr.TypeError($"open() argument 'mode' must be str, not {p[1].Type.Name}");
        if (!p[3].IsUnbound && !p[3].IsNone && p[3].Obj is PyStr enc && enc.Value.Replace("-", "").Replace("_", "").ToLowerInvariant() != "utf8")
            throw PyErr.NotImplementedError($"GilGen's open() reads and writes UTF-8 only, not {enc.Value}");
        if (!p[5].IsUnbound && !p[5].IsNone)
            throw PyErr.NotImplementedError("GilGen's open() does not support the newline argument yet");
        // CPython's checks, in its order and with its messages.
        foreach (char c in mode)
            if ("rwaxbt+".IndexOf(c) < 0 || mode.IndexOf(c) != mode.LastIndexOf(c)) throw PyErr.ValueError($"invalid mode: '{mode}'");
        int kinds = (mode.Contains('r') ? 1 : 0) + (mode.Contains('w') ? 1 : 0) + (mode.Contains('a') ? 1 : 0) + (mode.Contains('x') ? 1 : 0);
        if (mode.Contains('b') && mode.Contains('t')) throw PyErr.ValueError("can't have text and binary mode at once");
        if (kinds == 0) throw PyErr.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
        if (kinds != 1) throw PyErr.ValueError("must have exactly one of create/read/write/append mode");
        if (mode.Contains('b') || mode.Contains('+'))
            throw PyErr.NotImplementedError($"GilGen's open() supports text files in 'r', 'w', 'a' and 'x' modes only, not '{mode}'");
        string path = file.Value;
        bool reading = mode.Contains('r');
        string text = "";
        using (ts.AllowThreads())
        {
            // The errno CPython's open() fails with, checked before the .NET call that would fail less precisely.
            int errno = Directory.Exists(path) ? 21 : mode.Contains('x') && File.Exists(path) ? 17 : reading && !File.Exists(path) ? 2 : 0;
            if (errno != 0) throw OsError(errno, path);
            try
            {
                if (reading) text = File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n").Replace('\r', '\n');
                else if (!mode.Contains('a') || !File.Exists(path)) File.WriteAllText(path, "");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw OsError(e is UnauthorizedAccessException ? 13 : e is FileNotFoundException or DirectoryNotFoundException ? 2 : 5, path);
            }
        }
        return PyValue.From(new PyTextFile(path, mode, reading, text));
    }

    /// <summary>OSError(errno, strerror, path): the errno picks the subclass, as in CPython (ExceptionTypes.ForErrno).</summary>
    internal static PyException OsError(int errno, string path)
    {
        string message = errno switch
        {
            2 => "No such file or directory",
            13 => "Permission denied",
            17 => "File exists",
            20 => "Not a directory",
            21 => "Is a directory",
            _ => "Input/output error",
        };
        return new PyException(new PyBaseException(ExceptionTypes.ForErrno(errno),
            new PyTuple(new[] { PyValue.Int(errno), PyValue.Str(message), PyValue.Str(path) })));
    }

    private void CheckOpen() { if (_closed) throw PyErr.ValueError("I/O operation on closed file."); }

    private void CheckReadable() { CheckOpen(); if (!_reading) throw PyErr.OSError("not readable"); }

    private void CheckWritable() { CheckOpen(); if (_reading) throw PyErr.OSError("not writable"); }

    private string Read(long size)
    {
        CheckReadable();
        return _buffer.Read(size);
    }

    private string ReadLine(long size)
    {
        CheckReadable();
        return _buffer.ReadLine(size);
    }

    private int Write(string s)
    {
        CheckWritable();
        return _buffer.Write(s);
    }

    /// <summary>Writes what is buffered to the file (a blocking call: the GIL is released meanwhile).</summary>
    private void Flush(ThreadState ts)
    {
        CheckOpen();
        if (_reading || _buffer.TextLength == _written) return;
        string chunk = _buffer.TextFrom(_written);
        _written = _buffer.TextLength;
        using (ts.AllowThreads())
        {
            // 'w' truncated the file when it was opened: every mode appends what is buffered.
            try { File.AppendAllText(_path, chunk, new UTF8Encoding(false)); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw OsError(e is UnauthorizedAccessException ? 13 : 5, _path); }
        }
    }

    private void Close(ThreadState ts)
    {
        if (_closed) return;
        Flush(ts);
        _closed = true;
    }

    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) { CheckReadable(); return PyValue.From(this).NewRef(); }

    /// <inheritdoc/>
    public override bool Next(ThreadState ts, out PyValue next)
    {
        var line = ReadLine(-1);
        next = line.Length == 0 ? default : PyValue.Str(line);
        return line.Length != 0;
    }

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) => name switch
    {
        "closed" => PyValue.Bool(_closed),
        "name" => PyValue.Str(_path),
        "mode" => PyValue.Str(_mode),
        "encoding" => PyValue.Str("UTF-8"),
        _ => base.GetAttrOrNull(ts, name),
    };

    private static PyTextFile Self(ReadOnlySpan<PyValue> a) =>
        a.Length > 0 && a[0].Obj is PyTextFile f ? f : throw PyErr.TypeError("descriptor requires an '_io.TextIOWrapper' object");

    private static PyType CreateType()
    {
        var t = new PyType("TextIOWrapper", PyType.Object) { Module = "_io", IsBaseType = false };
        t.AddMethod("read", (ts, a, kw) => PyValue.Str(Self(a).Read(PyStringIO.Size(CallArguments.Bind("read", a, kw, new[] { "size" }, 0, skip: 1)[0]))));
        t.AddMethod("readline", (ts, a, kw) => PyValue.Str(Self(a).ReadLine(PyStringIO.Size(CallArguments.Bind("readline", a, kw, new[] { "size" }, 0, skip: 1)[0]))));
        t.AddMethod("readlines", (ts, a, kw) =>
        {
            var self = Self(a);
            var lines = new PyList();
            for (var line = self.ReadLine(-1); line.Length > 0; line = self.ReadLine(-1)) lines.Items.Add(PyValue.Str(line));
            return PyValue.From(lines);
        });
        t.AddMethod("write", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("write", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            if (args[0].Obj is not PyStr s) throw PyErr.TypeError($"write() argument must be str, not {args[0].Type.Name}");
            return PyValue.Int(Self(a).Write(s.Value));
        });
        t.AddMethod("writelines", (ts, a, kw) =>
        {
            var self = Self(a);
            var args = new BuiltinArguments("writelines", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            foreach (var line in Ops.ToList(ts, args[0]))
            {
                try
                {
                    if (line.Obj is not PyStr s) throw PyErr.TypeError($"write() argument must be str, not {line.Type.Name}");
                    self.Write(s.Value);
                }
                finally { line.DecRef(); }
            }
            return PyValue.None;
        });
        t.AddMethod("flush", (ts, a, kw) => { Self(a).Flush(ts); return PyValue.None; });
        t.AddMethod("close", (ts, a, kw) => { Self(a).Close(ts); return PyValue.None; });
        t.AddMethod("readable", (ts, a, kw) => { var self = Self(a); self.CheckOpen(); return PyValue.Bool(self._reading); });
        t.AddMethod("writable", (ts, a, kw) => { var self = Self(a); self.CheckOpen(); return PyValue.Bool(!self._reading); });
        t.AddMethod("__enter__", (ts, a, kw) => { Self(a).CheckOpen(); return a[0].NewRef(); });
        t.AddMethod("__exit__", (ts, a, kw) => { Self(a).Close(ts); return PyValue.None; });
        return t;
    }
}
