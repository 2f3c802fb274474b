using System.Collections.Immutable;
using System.Text;

namespace GilGen.Fuzz.Model;

/// <summary>
/// An expression of the program model: Python text with holes <c>$0</c>, <c>$1</c>... filled by the
/// rendered <see cref="Args"/>. One shape for every kind of expression keeps the shrinker generic:
/// it replaces an expression by one of its arguments of the same type, or by <see cref="Simplest"/>.
/// </summary>
/// <param name="Template">The Python text; <c>$N</c> is argument N (the generator never writes a '$' otherwise).</param>
/// <param name="Args">The sub-expressions.</param>
/// <param name="Type">What the expression evaluates to.</param>
internal sealed record Expr(string Template, ImmutableArray<Expr> Args, PyType Type)
{
    public static Expr Leaf(string text, PyType type) => new(text, ImmutableArray<Expr>.Empty, type);

    public static Expr Of(string template, PyType type, params Expr[] args) => new(template, ImmutableArray.Create(args), type);

    public bool IsLeaf => Args.IsEmpty;

    /// <summary>The plainest literal of a type: what the shrinker tries in place of a whole expression.</summary>
    public static Expr Simplest(PyType type) => Leaf(type switch
    {
        PyType.Int => "1",
        PyType.Float => "1.5",
        PyType.Str => "'a'",
        PyType.Bytes => "b'a'",
        PyType.Bool => "True",
        PyType.IntList => "[1, 2]",
        PyType.StrList => "['a', 'b']",
        PyType.IntTuple => "(1, 2)",
        PyType.StrIntDict => "{'a': 1}",
        PyType.IntSet => "{1, 2}",
        PyType.Pair => "('a', 1)",
        PyType.PairList => "[('a', 1)]",
        _ => "None",
    }, type);

    public string Render()
    {
        if (Args.IsEmpty)
            return Template;
        var sb = new StringBuilder();
        Render(sb);
        return sb.ToString();
    }

    public void Render(StringBuilder sb)
    {
        string t = Template;
        for (int i = 0; i < t.Length; i++)
        {
            if (t[i] == '$' && i + 1 < t.Length && char.IsAsciiDigit(t[i + 1]))
            {
                int j = i + 1;
                int n = 0;
                while (j < t.Length && char.IsAsciiDigit(t[j]))
                    n = n * 10 + (t[j++] - '0');
                Args[n].Render(sb);
                i = j - 1;
            }
            else
            {
                sb.Append(t[i]);
            }
        }
    }

    /// <summary>The number of expression nodes, this one included.</summary>
    public int Size()
    {
        int n = 1;
        foreach (Expr a in Args)
            n += a.Size();
        return n;
    }
}
