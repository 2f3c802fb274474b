using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>The operations of a parsed regular expression, as CPython's <c>re._parser</c> names them.</summary>
internal enum ReOp
{
    /// <summary>One character (<see cref="ReNode.Code"/>).</summary>
    Literal,
    /// <summary>Any character but one (<c>[^x]</c>).</summary>
    NotLiteral,
    /// <summary>A character set (<see cref="ReNode.Set"/>, <see cref="ReNode.Negate"/>).</summary>
    In,
    /// <summary><c>.</c></summary>
    Any,
    /// <summary>An anchor (<see cref="ReNode.At"/>).</summary>
    At,
    /// <summary><c>\d</c>, <c>\w</c>, <c>\s</c> and their complements outside a set.</summary>
    Category,
    /// <summary>Alternatives (<see cref="ReNode.Branches"/>).</summary>
    Branch,
    /// <summary>A repeat of <see cref="ReNode.Sub"/> (<see cref="ReNode.Min"/>, <see cref="ReNode.Max"/>, <see cref="ReNode.Repeat"/>).</summary>
    Repeat,
    /// <summary>A group: capturing (<see cref="ReNode.Group"/> &gt; 0) or scoped flags.</summary>
    Subpattern,
    /// <summary><c>(?&gt;...)</c></summary>
    Atomic,
    /// <summary>A lookaround (<see cref="ReNode.Dir"/>, <see cref="ReNode.AssertNot"/>).</summary>
    Assert,
    /// <summary>A backreference to <see cref="ReNode.Group"/>.</summary>
    GroupRef,
    /// <summary><c>(?(g)yes|no)</c>: <see cref="ReNode.Sub"/> and <see cref="ReNode.No"/>.</summary>
    GroupRefExists,
}

/// <summary>The anchors.</summary>
internal enum ReAt { Beginning, End, BeginningString, EndString, Boundary, NonBoundary }

/// <summary>The character categories.</summary>
internal enum ReCategory { Digit, NotDigit, Space, NotSpace, Word, NotWord }

/// <summary>How a repeat matches.</summary>
internal enum ReRepeat { Greedy, Lazy, Possessive }

/// <summary>One member of a character set: a character, a range, or a category.</summary>
internal readonly record struct ReSetItem(int Lo, int Hi, ReCategory? Category)
{
    public static ReSetItem Char(int c) => new(c, c, null);
    public static ReSetItem Of(ReCategory c) => new(0, 0, c);
}

/// <summary>One node of a parsed pattern (a port of the tuples <c>re._parser</c> builds).</summary>
internal sealed class ReNode
{
    public ReOp Op;
    public int Code;
    public ReAt At;
    public ReCategory Category;
    public List<ReSetItem>? Set;
    public bool Negate;
    public long Min, Max;
    public ReRepeat Repeat;
    public ReSequence? Sub;
    public ReSequence? No;
    public List<ReSequence>? Branches;
    public int Group;
    public int AddFlags, DelFlags;
    public int Dir;
    public bool AssertNot;

    public ReNode(ReOp op) => Op = op;
}

/// <summary>A sequence of nodes with its width (CPython's <c>SubPattern</c>).</summary>
internal sealed class ReSequence
{
    /// <summary>The largest width CPython reports (MAXWIDTH, 1 &lt;&lt; 64); widths are clamped to it.</summary>
    public const double MaxWidth = 18446744073709551616.0;

    public readonly List<ReNode> Nodes = new();
    private readonly ReParseState _state;
    private (double Lo, double Hi)? _width;

    public ReSequence(ReParseState state) => _state = state;

    /// <summary>SubPattern.getwidth: the least and most characters this sequence can match (doubles, as Python's ints are unbounded).</summary>
    public (double Lo, double Hi) Width()
    {
        if (_width is { } w) return w;
        double lo = 0, hi = 0;
        foreach (var n in Nodes)
        {
            switch (n.Op)
            {
                case ReOp.Branch:
                {
                    double i = MaxWidth, j = 0;
                    foreach (var b in n.Branches!) { var (l, h) = b.Width(); i = Math.Min(i, l); j = Math.Max(j, h); }
                    lo += i; hi += j;
                    break;
                }
                case ReOp.Atomic:
                case ReOp.Subpattern:
                {
                    var (i, j) = n.Sub!.Width();
                    lo += i; hi += j;
                    break;
                }
                case ReOp.Repeat:
                {
                    var (i, j) = n.Sub!.Width();
                    lo += i * n.Min;
                    if (n.Max == ReParser.MaxRepeat && j != 0) hi = MaxWidth;
                    else hi += j * n.Max;
                    break;
                }
                case ReOp.Literal: case ReOp.NotLiteral: case ReOp.In: case ReOp.Any: case ReOp.Category:
                    lo += 1; hi += 1;
                    break;
                case ReOp.GroupRef:
                {
                    var (i, j) = _state.GroupWidths[n.Group] ?? (0, 0);
                    lo += i; hi += j;
                    break;
                }
                case ReOp.GroupRefExists:
                {
                    var (i, j) = n.Sub!.Width();
                    if (n.No != null) { var (l, h) = n.No.Width(); i = Math.Min(i, l); j = Math.Max(j, h); }
                    else i = 0;
                    lo += i; hi += j;
                    break;
                }
            }
        }
        var result = (Math.Min(lo, MaxWidth), Math.Min(hi, MaxWidth));
        _width = result;
        return result;
    }
}

/// <summary>What the parser knows about groups as it goes (CPython's <c>re._parser.State</c>).</summary>
internal sealed class ReParseState
{
    public int Flags;
    public readonly Dictionary<string, int> GroupDict = new();
    /// <summary>Names in definition order (groupindex keeps it).</summary>
    public readonly List<string> GroupNames = new();
    public readonly List<(double, double)?> GroupWidths = new() { null };
    public int? LookbehindGroups;
    public readonly Dictionary<int, int> GroupRefPos = new();

    public int Groups => GroupWidths.Count;

    public int OpenGroup(string? name, Func<string, Exception> error)
    {
        int gid = Groups;
        GroupWidths.Add(null);
        if (Groups > ReParser.MaxGroups) throw error("too many groups");
        if (name != null)
        {
            if (GroupDict.TryGetValue(name, out int ogid))
                throw error($"redefinition of group name {PyStr.Quote(name)} as group {gid}; was group {ogid}");
            GroupDict[name] = gid;
            GroupNames.Add(name);
        }
        return gid;
    }

    public void CloseGroup(int gid, ReSequence p) => GroupWidths[gid] = p.Width();

    public bool CheckGroup(int gid) => gid < Groups && GroupWidths[gid] != null;
}

/// <summary>A pattern that <c>re</c> refuses: becomes <c>re.error(msg, pattern, pos)</c>.</summary>
internal sealed class RePatternError : Exception
{
    public RePatternError(string msg, int? pos) : base(msg) => Pos = pos;

    /// <summary>The offset in the pattern, or null when CPython gives none.</summary>
    public int? Pos { get; }
}
