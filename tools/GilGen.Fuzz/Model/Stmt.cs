using System.Collections.Immutable;
using System.Text;

namespace GilGen.Fuzz.Model;

/// <summary>
/// One clause of a statement: a header line (text with <c>$N</c> holes, as <see cref="Expr"/>) and,
/// for a compound statement, an indented body. <c>if</c>/<c>elif</c>/<c>else</c>, <c>try</c>/
/// <c>except</c>/<c>finally</c> are one statement of several clauses.
/// </summary>
/// <param name="Header">The line, e.g. <c>for x in $0:</c> or <c>print($0)</c>.</param>
/// <param name="Args">The expressions in the line.</param>
/// <param name="Body">The body of a compound clause; null for a simple statement.</param>
internal sealed record Clause(string Header, ImmutableArray<Expr> Args, ImmutableArray<Stmt>? Body);

/// <summary>A statement of the program model.</summary>
/// <param name="Clauses">Its clauses, in order.</param>
/// <param name="Pinned">
/// True when the shrinker must not drop it (the counter step of a <c>while</c> loop: without it the
/// loop would never end).
/// </param>
internal sealed record Stmt(ImmutableArray<Clause> Clauses, bool Pinned = false)
{
    public static Stmt Simple(string line, params Expr[] args) =>
        new(ImmutableArray.Create(new Clause(line, ImmutableArray.Create(args), null)));

    public static Stmt Block(string header, ImmutableArray<Stmt> body, params Expr[] args) =>
        new(ImmutableArray.Create(new Clause(header, ImmutableArray.Create(args), body)));

    public void Render(StringBuilder sb, int indent)
    {
        foreach (Clause clause in Clauses)
        {
            sb.Append(' ', indent * 4);
            new Expr(clause.Header, clause.Args, PyType.Int).Render(sb);
            sb.Append('\n');
            if (clause.Body is { } body)
                RenderBody(sb, body, indent + 1);
        }
    }

    public static void RenderBody(StringBuilder sb, ImmutableArray<Stmt> body, int indent)
    {
        if (body.IsEmpty)
        {
            sb.Append(' ', indent * 4).Append("pass\n");
            return;
        }
        foreach (Stmt s in body)
            s.Render(sb, indent);
    }

    /// <summary>The number of statements and expression nodes in it.</summary>
    public int Size()
    {
        int n = 1;
        foreach (Clause c in Clauses)
        {
            foreach (Expr a in c.Args)
                n += a.Size();
            if (c.Body is { } body)
                foreach (Stmt s in body)
                    n += s.Size();
        }
        return n;
    }
}
