using System;
using System.Collections.Generic;
using System.Text;

namespace GilGen.Runtime;

/// <summary>
/// io.StringIO: an in-memory text stream (write, read, readline(s), iteration by line, seek/tell, getvalue, with).
/// Not sealed: a Python subclass's instances are <see cref="SubclassedStringIO"/>.
/// </summary>
public class PyStringIO : PyObject, IInMemoryStream
{
    /// <summary>The class io.StringIO.</summary>
    public static readonly PyType StringIOType = CreateType();

    private readonly StringBuilder _text = new();
    private int _pos;
    private bool _closed;

    /// <inheritdoc/>
    public override PyType Type => StringIOType;

    /// <inheritdoc/>
    bool IInMemoryStream.Closed { get => _closed; set => _closed = value; }

    /// <inheritdoc/>
    public void CheckOpen() { if (_closed) throw PyErr.ValueError("I/O operation on closed file"); }

    /// <inheritdoc/>
    PyValue? IInMemoryStream.NextLine()
    {
        var line = ReadLine(-1);
        return line.Length == 0 ? null : PyValue.Str(line);
    }

    /// <summary>write(s): the number of characters written.</summary>
    public int Write(string s)
    {
        CheckOpen();
        if (_pos > _text.Length) _text.Append('\0', _pos - _text.Length);
        int overwrite = Math.Min(s.Length, _text.Length - _pos);
        _text.Remove(_pos, overwrite).Insert(_pos, s);
        _pos += s.Length;
        return s.Length;
    }

    /// <summary>A stream holding <paramref name="initial"/>, positioned at its start (io.StringIO(initial)).</summary>
    internal PyStringIO(string initial = "") => _text.Append(initial);

    /// <summary>The text from <paramref name="start"/> to the end (what a file wrapper still has to write out).</summary>
    internal string TextFrom(int start) => _text.ToString(start, _text.Length - start);

    /// <summary>How many characters the stream holds.</summary>
    internal int TextLength => _text.Length;

    /// <summary>read(size): up to <paramref name="size"/> characters (all when negative) from the position.</summary>
    internal string Read(long size)
    {
        CheckOpen();
        int start = Math.Min(_pos, _text.Length);
        int n = size < 0 ? _text.Length - start : (int)Math.Min(size, _text.Length - start);
        _pos = start + n;
        return _text.ToString(start, n);
    }

    /// <summary>readline(size): up to the next newline (included), at most <paramref name="size"/> characters when not negative.</summary>
    internal string ReadLine(long size)
    {
        CheckOpen();
        int start = Math.Min(_pos, _text.Length), end = start;
        while (end < _text.Length && (size < 0 || end - start < size))
        {
            end++;
            if (_text[end - 1] == '\n') break;
        }
        _pos = end;
        return _text.ToString(start, end - start);
    }

    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) { InMemoryStreamMethods.CheckNotClosed(this); return PyValue.From(this).NewRef(); }

    /// <inheritdoc/>
    public override bool Next(ThreadState ts, out PyValue next)
    {
        var line = ReadLine(-1);
        next = line.Length == 0 ? default : PyValue.Str(line);
        return line.Length != 0;
    }

    // Empties the stream and fills it with initial, positioned at its start, open (StringIO.__init__, which may run again).
    private void Reset(PyValue initial)
    {
        if (!initial.IsUnbound && !initial.IsNone && initial.Obj is not PyStr)
            throw PyErr.TypeError($"initial_value must be str or None, not {initial.Type.Name}");
        _text.Clear();
        if (initial.Obj is PyStr init) _text.Append(init.Value);
        _pos = 0;
        _closed = false;
    }

    private static PyStringIO Self(ReadOnlySpan<PyValue> a) =>
        a.Length > 0 && a[0].Obj is PyStringIO s ? s : throw PyErr.TypeError("descriptor requires an '_io.StringIO' object");

    /// <summary>A size argument of read/readline: None or absent is -1.</summary>
    internal static long Size(PyValue v) => InMemoryStreamMethods.Size(v);

    /// <summary>
    /// Calling StringIO or a Python subclass of it: a new stream of that class, then the class's <c>__init__</c> (a
    /// Python one when the subclass has it, which reaches StringIO's through super()).
    /// </summary>
    private static PyValue Construct(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (!type.IsHeapType)
        {
            var plain = new PyStringIO();
            plain.Reset(CallArguments.Bind("StringIO", args, kwNames, new[] { "initial_value", "newline" }, 0)[0]);
            return PyValue.From(plain);
        }
        return BuiltinSubclassing.InitializeNew(ts, new SubclassedStringIO(type), type, args, kwNames);
    }

    private static PyType CreateType()
    {
        var t = new PyType("StringIO", PyType.Object, Construct) { Module = "_io" };
        // __init__ (re)fills the stream; a subclass reaches it through super().__init__(...).
        t.AddMethod("__init__", (ts, a, kw) =>
        {
            if (a.Length == 0 || a[0].Obj is not PyStringIO self) throw PyErr.TypeError("descriptor '__init__' of '_io.StringIO' object needs an argument");
            self.Reset(CallArguments.Bind("StringIO", a, kw, new[] { "initial_value", "newline" }, 0, skip: 1)[0]);
            return PyValue.None;
        });
        InMemoryStreamMethods.Install(t, a => Self(a), flushChecksClosed: false, ownReadlines: false);
        t.AddMethod("write", (ts, a, kw) =>
        {
            new BuiltinArguments("write", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            if (a[1].Obj is not PyStr s) throw PyErr.TypeError($"string argument expected, got '{a[1].Type.Name}'");
            return PyValue.Int(Self(a).Write(s.Value));
        });
        t.AddMethod("read", (ts, a, kw) => PyValue.Str(Self(a).Read(Size(CallArguments.Bind("read", a, kw, new[] { "size" }, 0, skip: 1)[0]))));
        t.AddMethod("readline", (ts, a, kw) => PyValue.Str(Self(a).ReadLine(Size(CallArguments.Bind("readline", a, kw, new[] { "size" }, 0, skip: 1)[0]))));
        t.AddMethod("getvalue", (ts, a, kw) => { var self = Self(a); self.CheckOpen(); return PyValue.Str(self._text.ToString()); });
        t.AddMethod("tell", (ts, a, kw) => { var self = Self(a); self.CheckOpen(); return PyValue.Int(self._pos); });
        t.AddMethod("seek", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("seek", a.Slice(1), kw).NoKeywords().Expect(1, 2);
            var self = Self(a);
            self.CheckOpen();
            long pos = args.GetLong(0, null, 0), whence = args.GetLong(1, null, 0);
            if (whence == 0)
            {
                if (pos < 0) throw PyErr.ValueError($"Negative seek position {pos}");
                self._pos = (int)pos;
            }
            else if (whence == 1 || whence == 2)
            {
                if (pos != 0) throw PyErr.OSError("Can't do nonzero cur-relative seeks");
                if (whence == 2) self._pos = self._text.Length;
            }
            else throw PyErr.ValueError($"Invalid whence ({whence}, should be 0, 1 or 2)");
            return PyValue.Int(self._pos);
        });
        t.AddMethod("truncate", (ts, a, kw) =>
        {
            var self = Self(a);
            self.CheckOpen();
            long size = a.Length > 1 && !a[1].IsNone ? Size(a[1]) : self._pos;
            if (size < 0) throw PyErr.ValueError($"Negative size value {size}");
            if (size < self._text.Length) self._text.Length = (int)size;
            return PyValue.Int(size);
        });
        return t;
    }
}
