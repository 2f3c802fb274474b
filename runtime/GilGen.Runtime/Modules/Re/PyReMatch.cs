using System;
using System.Text;
using System.Text.RegularExpressions;

namespace GilGen.Runtime;

/// <summary>
/// <c>re.Match</c>: the spans of one match's groups (-1 for a group that did not take part), over the subject it
/// was found in. Group values are slices of that subject, str or bytes as the pattern is.
/// </summary>
public sealed class PyReMatch : PyObject
{
    /// <summary>The class <c>re.Match</c>.</summary>
    public static readonly PyType MatchType = CreateType();

    private PyValue _pattern;
    private PyValue _subject;
    private readonly int[] _spans;

    /// <summary>The subject's text (bytes as Latin-1 characters).</summary>
    internal string Text { get; }

    /// <summary>pos as the search used it.</summary>
    public int Pos { get; }

    /// <summary>endpos as the search used it.</summary>
    public int EndPos { get; }

    /// <summary>The pattern that matched.</summary>
    public PyRePattern Pattern { get; }

    /// <summary>
    /// A match of <paramref name="pattern"/> in <paramref name="subject"/> (both borrowed) from .NET's
    /// <paramref name="m"/>; <paramref name="text"/> is the subject's text.
    /// </summary>
    internal PyReMatch(PyRePattern pattern, PyValue subject, string text, Match m, int pos, int endpos)
    {
        Pattern = pattern;
        _pattern = PyValue.From(pattern).NewRef();
        _subject = subject.NewRef();
        Text = text;
        Pos = pos;
        EndPos = endpos;
        int n = pattern.Groups + 1;
        _spans = new int[2 * n];
        for (int g = 0; g < n; g++)
        {
            var group = m.Groups[g];
            _spans[2 * g] = group.Success ? group.Index : -1;
            _spans[2 * g + 1] = group.Success ? group.Index + group.Length : -1;
        }
    }

    /// <inheritdoc/>
    public override PyType Type => MatchType;

    /// <inheritdoc/>
    public override void Dealloc()
    {
        var p = _pattern; _pattern = PyValue.None; p.DecRefFromDealloc();
        var s = _subject; _subject = PyValue.None; s.DecRefFromDealloc();
    }

    /// <summary>The span of group <paramref name="group"/>, (-1, -1) when it did not take part.</summary>
    internal (int Start, int End) Span(int group) => (_spans[2 * group], _spans[2 * group + 1]);

    /// <summary>The subject (borrowed).</summary>
    internal PyValue Subject => _subject;

    /// <summary>A slice of the subject as a new str or bytes.</summary>
    internal PyValue Slice(int start, int end)
    {
        if (!Pattern.IsBytes) return PyValue.Str(Text.Substring(start, end - start));
        var bytes = new byte[end - start];
        for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)Text[start + i];
        return PyValue.From(new PyBytes(bytes));
    }

    /// <summary>A group's value: a new reference, or <paramref name="dflt"/> (new reference) when it did not take part.</summary>
    internal PyValue GroupValue(int group, PyValue dflt)
    {
        var (start, end) = Span(group);
        return start < 0 ? dflt.NewRef() : Slice(start, end);
    }

    /// <summary>A group named by an int or a str; IndexError "no such group" otherwise.</summary>
    internal int GroupNumber(PyValue g)
    {
        if (Numbers.TryLong(g, out long n))
        {
            if (n >= 0 && n <= Pattern.Groups) return (int)n;
        }
        else if (g.Obj is PyStr s && Pattern.GroupIndex(s.Value) is int number) return number;
        throw PyErr.IndexError("no such group");
    }

    /// <summary>lastindex: the group that closed last (the one ending last; of those, the outermost or latest written).</summary>
    internal int LastIndex()
    {
        int best = -1, bestEnd = -1, bestOrder = -1;
        for (int g = 1; g <= Pattern.Groups; g++)
        {
            var (start, end) = Span(g);
            if (start < 0) continue;
            int order = Pattern.CloseOrder(g);
            if (end > bestEnd || (end == bestEnd && order > bestOrder)) { best = g; bestEnd = end; bestOrder = order; }
        }
        return best;
    }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts)
    {
        var group0 = GroupValue(0, PyValue.None);
        try
        {
            // CPython's %.50R: the repr cut at 50 characters.
            string repr = Ops.ReprOf(ts, group0);
            if (repr.Length > 50) repr = repr.Substring(0, 50);
            return $"<re.Match object; span=({_spans[0]}, {_spans[1]}), match={repr}>";
        }
        finally { group0.DecRef(); }
    }

    /// <inheritdoc/>
    public override PyValue GetItem(ThreadState ts, PyValue key) => GroupValue(GroupNumber(key), PyValue.None);

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name)
    {
        switch (name)
        {
            case "pos": return PyValue.Int(Pos);
            case "endpos": return PyValue.Int(EndPos);
            case "string": return _subject.NewRef();
            case "re": return _pattern.NewRef();
            case "lastindex": return LastIndex() is var li and >= 0 ? PyValue.Int(li) : PyValue.None;
            case "lastgroup":
                return LastIndex() is var lg and >= 0 && Pattern.GroupName(lg) is string gname ? PyValue.Str(gname) : PyValue.None;
            case "regs":
            {
                var items = new PyValue[Pattern.Groups + 1];
                for (int g = 0; g < items.Length; g++)
                    items[g] = PyValue.From(new PyTuple(new[] { PyValue.Int(_spans[2 * g]), PyValue.Int(_spans[2 * g + 1]) }));
                return PyValue.From(new PyTuple(items));
            }
        }
        return base.GetAttrOrNull(ts, name);
    }

    private static PyType CreateType()
    {
        var type = new PyType("Match", PyType.Object, (ts, t, a, kw) => throw PyErr.TypeError("cannot create 're.Match' instances"))
        {
            Module = "re", IsBaseType = false,
        };
        ReMethods.AddMatchMethods(type);
        return type;
    }
}
