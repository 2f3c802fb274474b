using System.Collections.Generic;
using System.Collections.Immutable;
using GilGen.Fuzz.Model;

namespace GilGen.Fuzz.Shrinking;

/// <summary>
/// The one-step simplifications of a program, biggest first: drop a statement or a clause (not a
/// pinned one), then replace an expression by one of its sub-expressions of the same type or by
/// the simplest literal of its type. Some results are not valid Python or not the same program
/// any more; the shrinker's oracle rejects those.
/// </summary>
internal static class ProgramEdits
{
    public static IEnumerable<FuzzProgram> All(FuzzProgram program)
    {
        foreach (ImmutableArray<Stmt> body in BodyRemovals(program.Body))
            yield return new FuzzProgram(body);
        foreach (ImmutableArray<Stmt> body in BodyExprEdits(program.Body))
            yield return new FuzzProgram(body);
    }

    private static IEnumerable<ImmutableArray<Stmt>> BodyRemovals(ImmutableArray<Stmt> body)
    {
        for (int i = 0; i < body.Length; i++)
            if (!body[i].Pinned)
                yield return body.RemoveAt(i);
        for (int i = 0; i < body.Length; i++)
            foreach (Stmt s in StmtRemovals(body[i]))
                yield return body.SetItem(i, s);
    }

    private static IEnumerable<Stmt> StmtRemovals(Stmt stmt)
    {
        if (stmt.Clauses.Length > 1 && !stmt.Pinned)
            for (int j = 0; j < stmt.Clauses.Length; j++)
                yield return stmt with { Clauses = stmt.Clauses.RemoveAt(j) };
        for (int j = 0; j < stmt.Clauses.Length; j++)
        {
            Clause clause = stmt.Clauses[j];
            if (clause.Body is not { } inner)
                continue;
            foreach (ImmutableArray<Stmt> b in BodyRemovals(inner))
                yield return stmt with { Clauses = stmt.Clauses.SetItem(j, clause with { Body = b }) };
        }
    }

    private static IEnumerable<ImmutableArray<Stmt>> BodyExprEdits(ImmutableArray<Stmt> body)
    {
        for (int i = 0; i < body.Length; i++)
        {
            Stmt stmt = body[i];
            for (int j = 0; j < stmt.Clauses.Length; j++)
            {
                Clause clause = stmt.Clauses[j];
                for (int k = 0; k < clause.Args.Length; k++)
                    foreach (Expr e in ExprEdits(clause.Args[k]))
                        yield return body.SetItem(i, stmt with { Clauses = stmt.Clauses.SetItem(j, clause with { Args = clause.Args.SetItem(k, e) }) });
                if (clause.Body is { } inner)
                    foreach (ImmutableArray<Stmt> b in BodyExprEdits(inner))
                        yield return body.SetItem(i, stmt with { Clauses = stmt.Clauses.SetItem(j, clause with { Body = b }) });
            }
        }
    }

    private static IEnumerable<Expr> ExprEdits(Expr expr)
    {
        foreach (Expr child in expr.Args)
            if (child.Type == expr.Type)
                yield return child;
        Expr simplest = Expr.Simplest(expr.Type);
        if (expr.Template != simplest.Template || !expr.IsLeaf)
            yield return simplest;
        for (int i = 0; i < expr.Args.Length; i++)
            foreach (Expr e in ExprEdits(expr.Args[i]))
                yield return expr with { Args = expr.Args.SetItem(i, e) };
    }
}
