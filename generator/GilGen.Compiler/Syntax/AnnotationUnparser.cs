using System.Collections.Generic;
using System.Text;
using GilGen.Compiler.Bytecode;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Compiler.Syntax;

/// <summary>
/// CPython 3.9's ast_unparse.c for the expressions annotations are made of: under
/// <c>from __future__ import annotations</c> an annotation is stored as this text.
/// </summary>
internal static class AnnotationUnparser
{
    // ast_unparse.c's precedence levels, lowest first.
    private const int Tuple = 0, Test = 1, Or = 2, And = 3, Not = 4, Cmp = 5, BOr = 6, BXor = 7, BAnd = 8,
        Shift = 9, Arith = 10, Term = 11, Factor = 12, Power = 13, Atom = 15;

    /// <summary>The source text CPython would store for <paramref name="e"/>, or null for a form this unparser does not cover.</summary>
    public static string? Unparse(ExprSyntax e)
    {
        var sb = new StringBuilder();
        return Append(sb, e, Test) ? sb.ToString() : null;
    }

    private static bool Append(StringBuilder sb, ExprSyntax e, int level)
    {
        switch (e)
        {
            case NameExpr n: sb.Append(n.Id); return true;
            case ConstantExpr c:
                sb.Append(c.Value.Kind == ConstantKind.Ellipsis ? "..." : PythonRepr.Repr(c.Value, _ => "0x0"));
                return true;
            case AttributeExpr a:
                if (!Append(sb, a.Value, Atom)) return false;
                // "1 .real": a dot right after an int literal would read as a float.
                if (a.Value is ConstantExpr { Value.Kind: ConstantKind.Int }) sb.Append(' ');
                sb.Append('.').Append(a.Attr);
                return true;
            case SubscriptExpr s:
                if (!Append(sb, s.Value, Atom)) return false;
                sb.Append('[');
                if (!Append(sb, s.Slice, Tuple)) return false;
                sb.Append(']');
                return true;
            case SliceExpr sl:
                if (sl.Lower != null && !Append(sb, sl.Lower, Test)) return false;
                sb.Append(':');
                if (sl.Upper != null && !Append(sb, sl.Upper, Test)) return false;
                if (sl.Step != null) { sb.Append(':'); if (!Append(sb, sl.Step, Test)) return false; }
                return true;
            case TupleExpr t:
                if (t.Elts.Count == 0) { sb.Append("()"); return true; }
                if (level > Tuple) sb.Append('(');
                if (!Items(sb, t.Elts)) return false;
                if (t.Elts.Count == 1) sb.Append(',');
                if (level > Tuple) sb.Append(')');
                return true;
            case ListExpr l:
                sb.Append('[');
                if (!Items(sb, l.Elts)) return false;
                sb.Append(']');
                return true;
            case SetExpr se:
                sb.Append('{');
                if (!Items(sb, se.Elts)) return false;
                sb.Append('}');
                return true;
            case DictExpr d:
                sb.Append('{');
                for (int i = 0; i < d.Values.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    if (d.Keys[i] is { } key)
                    {
                        if (!Append(sb, key, Test)) return false;
                        sb.Append(": ");
                        if (!Append(sb, d.Values[i], Test)) return false;
                    }
                    else
                    {
                        sb.Append("**");
                        if (!Append(sb, d.Values[i], Factor)) return false;
                    }
                }
                sb.Append('}');
                return true;
            case StarredExpr st:
                sb.Append('*');
                return Append(sb, st.Value, BOr);
            case BinOpExpr b:
            {
                var (op, pr) = BinOp(b.Op);
                bool rassoc = b.Op == BinaryOperator.Pow;
                if (level > pr) sb.Append('(');
                if (!Append(sb, b.Left, pr + (rassoc ? 1 : 0))) return false;
                sb.Append(op);
                if (!Append(sb, b.Right, pr + (rassoc ? 0 : 1))) return false;
                if (level > pr) sb.Append(')');
                return true;
            }
            case UnaryOpExpr u:
            {
                var (op, pr) = u.Op switch
                {
                    UnaryOperator.Not => ("not ", Not),
                    UnaryOperator.Invert => ("~", Factor),
                    UnaryOperator.UAdd => ("+", Factor),
                    _ => ("-", Factor),
                };
                if (level > pr) sb.Append('(');
                sb.Append(op);
                if (!Append(sb, u.Operand, pr)) return false;
                if (level > pr) sb.Append(')');
                return true;
            }
            case BoolOpExpr bo:
            {
                int pr = bo.Op == BoolOperator.And ? And : Or;
                if (level > pr) sb.Append('(');
                for (int i = 0; i < bo.Values.Count; i++)
                {
                    if (i > 0) sb.Append(bo.Op == BoolOperator.And ? " and " : " or ");
                    if (!Append(sb, bo.Values[i], pr + 1)) return false;
                }
                if (level > pr) sb.Append(')');
                return true;
            }
            case CompareExpr c:
            {
                if (level > Cmp) sb.Append('(');
                if (!Append(sb, c.Left, Cmp + 1)) return false;
                for (int i = 0; i < c.Ops.Count; i++)
                {
                    sb.Append(CompareText(c.Ops[i]));
                    if (!Append(sb, c.Comparators[i], Cmp + 1)) return false;
                }
                if (level > Cmp) sb.Append(')');
                return true;
            }
            case IfExpExpr ie:
                if (level > Test) sb.Append('(');
                if (!Append(sb, ie.Body, Test + 1)) return false;
                sb.Append(" if ");
                if (!Append(sb, ie.Test, Test + 1)) return false;
                sb.Append(" else ");
                if (!Append(sb, ie.OrElse, Test)) return false;
                if (level > Test) sb.Append(')');
                return true;
            case CallExpr call:
            {
                if (!Append(sb, call.Func, Atom)) return false;
                sb.Append('(');
                bool first = true;
                foreach (var a in call.Args)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    if (!Append(sb, a, Test)) return false;
                }
                foreach (var k in call.Keywords)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    sb.Append(k.Arg == null ? "**" : k.Arg + "=");
                    if (!Append(sb, k.Value, Test)) return false;
                }
                sb.Append(')');
                return true;
            }
            default:
                return false;
        }
    }

    private static bool Items(StringBuilder sb, List<ExprSyntax> items)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            if (!Append(sb, items[i], Test)) return false;
        }
        return true;
    }

    private static (string Op, int Precedence) BinOp(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => (" + ", Arith),
        BinaryOperator.Sub => (" - ", Arith),
        BinaryOperator.Mult => (" * ", Term),
        BinaryOperator.MatMult => (" @ ", Term),
        BinaryOperator.Div => (" / ", Term),
        BinaryOperator.Mod => (" % ", Term),
        BinaryOperator.FloorDiv => (" // ", Term),
        BinaryOperator.LShift => (" << ", Shift),
        BinaryOperator.RShift => (" >> ", Shift),
        BinaryOperator.BitOr => (" | ", BOr),
        BinaryOperator.BitXor => (" ^ ", BXor),
        BinaryOperator.BitAnd => (" & ", BAnd),
        _ => (" ** ", Power),
    };

    private static string CompareText(CompareOperator op) => op switch
    {
        CompareOperator.Eq => " == ",
        CompareOperator.NotEq => " != ",
        CompareOperator.Lt => " < ",
        CompareOperator.LtE => " <= ",
        CompareOperator.Gt => " > ",
        CompareOperator.GtE => " >= ",
        CompareOperator.Is => " is ",
        CompareOperator.IsNot => " is not ",
        CompareOperator.In => " in ",
        _ => " not in ",
    };
}
