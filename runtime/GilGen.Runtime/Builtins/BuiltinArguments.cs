using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>Reads the arguments of a builtin function by position or keyword, with CPython's TypeError texts.</summary>
public readonly ref struct BuiltinArguments
{
    private readonly ReadOnlySpan<PyValue> _args;
    private readonly string[]? _kwNames;
    /// <summary>The function name used in messages.</summary>
    public readonly string Name;
    /// <summary>Number of positional arguments.</summary>
    public readonly int Count;

    /// <summary>Wraps a call's arguments.</summary>
    public BuiltinArguments(string name, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        Name = name; _args = args; _kwNames = kwNames;
        Count = args.Length - (kwNames?.Length ?? 0);
    }

    /// <summary>Positional argument <paramref name="i"/>.</summary>
    public PyValue this[int i] => _args[i];

    /// <summary>The positional arguments.</summary>
    public ReadOnlySpan<PyValue> Positional => _args.Slice(0, Count);

    /// <summary>Refuses keyword arguments: "f() takes no keyword arguments".</summary>
    public BuiltinArguments NoKeywords()
    {
        if (_kwNames != null && _kwNames.Length > 0) throw PyErr.TypeError($"{Name}() takes no keyword arguments");
        return this;
    }

    /// <summary>Checks the positional count: CPython's "f() takes exactly one argument (2 given)" family.</summary>
    public BuiltinArguments Expect(int min, int max)
    {
        if (Count >= min && Count <= max) return this;
        if (min == max)
        {
            if (min == 0) throw PyErr.TypeError($"{Name}() takes no arguments ({Count} given)");
            if (min == 1) throw PyErr.TypeError($"{Name}() takes exactly one argument ({Count} given)");
            throw PyErr.TypeError($"{Name} expected {min} arguments, got {Count}");
        }
        if (Count < min) throw PyErr.TypeError($"{Name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {Count}");
        throw PyErr.TypeError($"{Name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {Count}");
    }

    /// <summary>Argument <paramref name="i"/> or keyword <paramref name="keyword"/>, else null.</summary>
    public PyValue? Get(int i, string? keyword)
    {
        if (i >= 0 && i < Count) return _args[i];
        if (keyword != null && _kwNames != null)
            for (int k = 0; k < _kwNames.Length; k++)
                if (_kwNames[k] == keyword) return _args[Count + k];
        return null;
    }

    /// <summary>Refuses keywords other than <paramref name="allowed"/>.</summary>
    public BuiltinArguments OnlyKeywords(params string[] allowed)
    {
        if (_kwNames == null) return this;
        foreach (var k in _kwNames)
            if (Array.IndexOf(allowed, k) < 0) throw PyErr.TypeError($"{Name}() got an unexpected keyword argument '{k}'");
        return this;
    }

    /// <summary>An int argument (index semantics).</summary>
    public long GetLong(int i, string? keyword, long defaultValue)
    {
        var v = Get(i, keyword);
        if (v is not PyValue x || x.IsNone) return defaultValue;
        if (Numbers.TryLong(x, out long n)) return n;
        // An int that does not fit: CPython's "n" argument format (PyNumber_AsSsize_t) says so.
        if (x.Obj is PyLong) throw PyErr.OverflowError("Python int too large to convert to C ssize_t");
        throw PyErr.TypeError($"'{x.Type.Name}' object cannot be interpreted as an integer");
    }

    /// <summary>
    /// A start/stop argument such as list.index's (CPython's _PyEval_SliceIndexNotNone): an int
    /// beyond a machine integer clamps instead of raising.
    /// </summary>
    public long GetSliceIndex(int i, long defaultValue)
    {
        var v = Get(i, null);
        if (v is not PyValue x) return defaultValue;
        return SequenceIndex.AsSliceIndex(x, "slice indices must be integers or have an __index__ method");
    }

    /// <summary>A str argument.</summary>
    public string? GetString(int i, string? keyword)
    {
        var v = Get(i, keyword);
        if (v is not PyValue x || x.IsNone) return null;
        if (x.Obj is PyStr s) return s.Value;
        throw PyErr.TypeError($"{Name}() argument {i + 1} must be str, not {x.Type.Name}");
    }
}
