using System;
using System.IO;

namespace GilGen.Runtime;

/// <summary>
/// io.BytesIO: an in-memory binary stream (write, read, readline(s), iteration by line, seek/tell with any whence,
/// truncate, getvalue, with), over a <see cref="MemoryStream"/>, which has CPython's semantics for a position beyond
/// the end (a write there fills the gap with zero bytes). What it shares with io.StringIO is
/// <see cref="InMemoryStreamMethods"/>. GilGen has no memoryview, so getbuffer() is refused.
/// </summary>
public sealed class PyBytesIO : PyObject, IInMemoryStream
{
    /// <summary>The class io.BytesIO.</summary>
    public static readonly PyType BytesIOType = CreateType();

    private readonly MemoryStream _data = new();
    private bool _closed;

    /// <summary>A stream holding <paramref name="initial"/>, positioned at its start (io.BytesIO(initial_bytes)).</summary>
    public PyBytesIO(ReadOnlySpan<byte> initial)
    {
        _data.Write(initial);
        _data.Position = 0;
    }

    /// <inheritdoc/>
    public override PyType Type => BytesIOType;

    /// <inheritdoc/>
    bool IInMemoryStream.Closed { get => _closed; set => _closed = value; }

    /// <inheritdoc/>
    public void CheckOpen() { if (_closed) throw PyErr.ValueError("I/O operation on closed file."); }

    /// <summary>write(b): the number of bytes written, at the position.</summary>
    public int Write(ReadOnlySpan<byte> data)
    {
        CheckOpen();
        _data.Write(data);
        return data.Length;
    }

    /// <summary>read(size): up to <paramref name="size"/> bytes (all when negative) from the position.</summary>
    public byte[] Read(long size)
    {
        CheckOpen();
        long available = Math.Max(0, _data.Length - _data.Position);
        int n = (int)(size < 0 ? available : Math.Min(size, available));
        var buffer = new byte[n];
        _data.ReadExactly(buffer);
        return buffer;
    }

    /// <summary>readline(size): up to the next b'\n' (included), at most <paramref name="size"/> bytes when not negative.</summary>
    public byte[] ReadLine(long size)
    {
        CheckOpen();
        var all = _data.GetBuffer();
        long start = Math.Min(_data.Position, _data.Length), end = start;
        while (end < _data.Length && (size < 0 || end - start < size))
        {
            end++;
            if (all[end - 1] == (byte)'\n') break;
        }
        var line = all.AsSpan((int)start, (int)(end - start)).ToArray();
        _data.Position = end;
        return line;
    }

    /// <inheritdoc/>
    PyValue? IInMemoryStream.NextLine()
    {
        var line = ReadLine(-1);
        return line.Length == 0 ? null : PyBytes.From(line);
    }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => $"<_io.BytesIO object at 0x{ObjectId.Of(this):x}>";

    // Iterating a closed stream is allowed (BytesIO's tp_iter is the object itself); the next line is not.
    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => PyValue.From(this).NewRef();

    /// <inheritdoc/>
    public override bool Next(ThreadState ts, out PyValue next)
    {
        var line = ReadLine(-1);
        next = line.Length == 0 ? default : PyBytes.From(line);
        return line.Length != 0;
    }

    private static PyBytesIO Self(ReadOnlySpan<PyValue> a) =>
        a.Length > 0 && a[0].Obj is PyBytesIO s ? s : throw PyErr.TypeError("descriptor requires a '_io.BytesIO' object");

    // A bytes-like argument (bytes or bytearray; GilGen has no memoryview), with CPython's TypeError otherwise.
    private static byte[] BytesLike(PyValue v) =>
        BytesMethods.TryGetBytes(v, out var data) ? data : throw PyErr.TypeError($"a bytes-like object is required, not '{v.Type.Name}'");

    private static PyValue Construct(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var initial = CallArguments.Bind("BytesIO", args, kwNames, new[] { "initial_bytes" }, 0)[0];
        return PyValue.From(new PyBytesIO(initial.IsUnbound || initial.IsNone ? Array.Empty<byte>() : BytesLike(initial)));
    }

    private static PyType CreateType()
    {
        var t = new PyType("BytesIO", PyType.Object, Construct) { Module = "_io" };
        InMemoryStreamMethods.Install(t, a => Self(a), flushChecksClosed: true, ownReadlines: true);
        t.AddMethod("write", (ts, a, kw) =>
        {
            new BuiltinArguments("write", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            var self = Self(a);
            self.CheckOpen();
            return PyValue.Int(self.Write(BytesLike(a[1])));
        });
        t.AddMethod("read", (ts, a, kw) => PyBytes.From(Self(a).Read(InMemoryStreamMethods.Size(CallArguments.Bind("read", a, kw, new[] { "size" }, 0, skip: 1)[0]))));
        t.AddMethod("read1", (ts, a, kw) => PyBytes.From(Self(a).Read(InMemoryStreamMethods.Size(CallArguments.Bind("read1", a, kw, new[] { "size" }, 0, skip: 1)[0]))));
        t.AddMethod("readline", (ts, a, kw) => PyBytes.From(Self(a).ReadLine(InMemoryStreamMethods.Size(CallArguments.Bind("readline", a, kw, new[] { "size" }, 0, skip: 1)[0]))));
        t.AddMethod("getvalue", (ts, a, kw) =>
        {
            var self = Self(a);
            self.CheckOpen();
            return PyBytes.From(self._data.GetBuffer().AsSpan(0, (int)self._data.Length));
        });
        t.AddMethod("getbuffer", (ts, a, kw) =>
        {
            Self(a).CheckOpen();
            throw PyErr.NotImplementedError("GilGen does not support io.BytesIO.getbuffer() (it has no memoryview) yet");
        });
        t.AddMethod("tell", (ts, a, kw) => { var self = Self(a); self.CheckOpen(); return PyValue.Int(self._data.Position); });
        t.AddMethod("seek", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("seek", a.Slice(1), kw).NoKeywords().Expect(1, 2);
            var self = Self(a);
            long pos = args.GetLong(0, null, 0), whence = args.GetLong(1, null, 0);
            self.CheckOpen();
            // bytesio_seek: an absolute position may not be negative; a relative one stops at the start.
            long target = whence switch
            {
                0 => pos >= 0 ? pos : throw PyErr.ValueError($"negative seek value {pos}"),
                1 => Math.Max(0, self._data.Position + pos),
                2 => Math.Max(0, self._data.Length + pos),
                _ => throw PyErr.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)"),
            };
            self._data.Position = target;
            return PyValue.Int(target);
        });
        t.AddMethod("truncate", (ts, a, kw) =>
        {
            var self = Self(a);
            var arg = CallArguments.Bind("truncate", a, kw, new[] { "size" }, 0, skip: 1)[0];
            self.CheckOpen();
            long size = arg.IsUnbound || arg.IsNone ? self._data.Position : InMemoryStreamMethods.Size(arg);
            if (size < 0) throw PyErr.ValueError($"negative size value {size}");
            // Only ever shrinks, and leaves the position where it is (MemoryStream.SetLength would move it).
            if (size < self._data.Length)
            {
                long position = self._data.Position;
                self._data.SetLength(size);
                self._data.Position = position;
            }
            return PyValue.Int(size);
        });
        return t;
    }
}
