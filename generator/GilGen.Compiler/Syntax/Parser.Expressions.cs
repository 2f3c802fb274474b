using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using GilGen.Compiler.Bytecode;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Compiler.Syntax;

internal sealed partial class Parser
{
    private bool StartsExpression()
    {
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Number: case TokenKind.String: return true;
            case TokenKind.Name:
                return !Keywords.Contains(t.Text) || t.Text is "None" or "True" or "False" or "lambda" or "not" or "await" or "yield";
            case TokenKind.Op:
                return t.Text is "(" or "[" or "{" or "-" or "+" or "~" or "*" or "...";
            case TokenKind.Error: return true;
            default: return false;
        }
    }

    /// <summary>testlist_star_expr: a single expression or an unparenthesized tuple.</summary>
    private ExprSyntax ParseTestListStarExpr(bool allowYield = false)
    {
        if (allowYield && At("yield")) return ParseYield();
        var first = Cur;
        var e = ParseTestOrStar();
        if (!At(",")) return e;
        var tuple = new TupleExpr { Ctx = ExprContext.Load };
        tuple.Elts.Add(e);
        while (Accept(","))
        {
            if (!StartsExpression()) break;
            tuple.Elts.Add(ParseTestOrStar());
        }
        return Done(tuple, first);
    }

    private ExprSyntax ParseYield()
    {
        var t = Advance();
        if (Accept("from")) return Done(new YieldFromExpr { Value = ParseTest() }, t);
        var y = new YieldExpr();
        if (StartsExpression()) y.Value = ParseTestListStarExpr();
        return Done(y, t);
    }

    private ExprSyntax ParseTestOrStar() => At("*") ? ParseStarExpr() : ParseNamedExprTest();

    private ExprSyntax ParseStarOrExpr() => At("*") ? ParseStarExpr() : ParseExpr();

    private ExprSyntax ParseStarExpr()
    {
        var t = Advance();
        var value = ParseExpr();
        return Done(new StarredExpr { Value = value, Ctx = ExprContext.Load }, t);
    }

    /// <summary>testlist: for the iterable of a for statement.</summary>
    private ExprSyntax ParseTestList()
    {
        var first = Cur;
        var e = ParseTestOrStar();
        if (!At(",")) return e;
        var tuple = new TupleExpr { Ctx = ExprContext.Load };
        tuple.Elts.Add(e);
        while (Accept(","))
        {
            if (!StartsExpression()) break;
            tuple.Elts.Add(ParseTestOrStar());
        }
        return Done(tuple, first);
    }

    /// <summary>exprlist: targets of for and of comprehensions.</summary>
    private ExprSyntax ParseExprList()
    {
        var first = Cur;
        var e = ParseStarOrExpr();
        if (!At(",")) return e;
        var tuple = new TupleExpr { Ctx = ExprContext.Load };
        tuple.Elts.Add(e);
        while (Accept(","))
        {
            if (!StartsExpression() || At("in")) break;
            tuple.Elts.Add(ParseStarOrExpr());
        }
        return Done(tuple, first);
    }

    private ExprSyntax ParseNamedExprTest()
    {
        var e = ParseTest();
        if (!At(":=")) return e;
        Advance();
        if (e is not NameExpr target) throw Fail($"cannot use assignment expressions with {ExprName(e)}", e);
        target.Ctx = ExprContext.Store;
        var value = ParseTest();
        return Done(new NamedExpr { Target = target, Value = value }, e);
    }

    private ExprSyntax ParseTest()
    {
        Enter();
        try
        {
            if (At("lambda")) return ParseLambda(noCond: false);
            var first = Cur;
            var body = ParseOrTest();
            if (At("if"))
            {
                Advance();
                var test = ParseOrTest();
                if (!At("else")) throw Fail(null, Cur);
                Advance();
                var orelse = ParseTest();
                return Done(new IfExpExpr { Test = test, Body = body, OrElse = orelse }, body);
            }
            return body;
        }
        finally { Leave(); }
    }

    private ExprSyntax ParseTestNoCond() => At("lambda") ? ParseLambda(noCond: true) : ParseOrTest();

    private ExprSyntax ParseLambda(bool noCond)
    {
        var t = Advance();
        var args = ParseParameters(":", allowAnnotations: false);
        Expect(":");
        var body = noCond ? ParseTestNoCond() : ParseTest();
        return Done(new LambdaExpr { Args = args, Body = body }, t);
    }

    private ExprSyntax ParseOrTest()
    {
        var first = ParseAndTest();
        if (!At("or")) return first;
        var node = new BoolOpExpr { Op = BoolOperator.Or };
        node.Values.Add(first);
        while (Accept("or")) node.Values.Add(ParseAndTest());
        return Done(node, first);
    }

    private ExprSyntax ParseAndTest()
    {
        var first = ParseNotTest();
        if (!At("and")) return first;
        var node = new BoolOpExpr { Op = BoolOperator.And };
        node.Values.Add(first);
        while (Accept("and")) node.Values.Add(ParseNotTest());
        return Done(node, first);
    }

    private ExprSyntax ParseNotTest()
    {
        if (At("not"))
        {
            Enter();
            try
            {
                var t = Advance();
                var operand = ParseNotTest();
                return Done(new UnaryOpExpr { Op = UnaryOperator.Not, Operand = operand }, t);
            }
            finally { Leave(); }
        }
        return ParseComparison();
    }

    private bool TryCompareOp(out CompareOperator op)
    {
        op = default;
        var t = Cur;
        if (t.Kind == TokenKind.Op)
        {
            switch (t.Text)
            {
                case "<": op = CompareOperator.Lt; break;
                case ">": op = CompareOperator.Gt; break;
                case "==": op = CompareOperator.Eq; break;
                case ">=": op = CompareOperator.GtE; break;
                case "<=": op = CompareOperator.LtE; break;
                case "!=": op = CompareOperator.NotEq; break;
                default: return false;
            }
            Advance();
            return true;
        }
        if (t.Is("in")) { Advance(); op = CompareOperator.In; return true; }
        if (t.Is("not") && Peek().Is("in")) { Advance(); Advance(); op = CompareOperator.NotIn; return true; }
        if (t.Is("is"))
        {
            Advance();
            if (Accept("not")) op = CompareOperator.IsNot; else op = CompareOperator.Is;
            return true;
        }
        return false;
    }

    private ExprSyntax ParseComparison()
    {
        var left = ParseExpr();
        if (!TryCompareOp(out var op)) return left;
        var node = new CompareExpr { Left = left };
        do
        {
            node.Ops.Add(op);
            node.Comparators.Add(ParseExpr());
        } while (TryCompareOp(out op));
        return Done(node, left);
    }

    private ExprSyntax ParseExpr() => ParseBinary(0);

    private static readonly (string Op, BinaryOperator Kind)[][] Levels =
    {
        new[] { ("|", BinaryOperator.BitOr) },
        new[] { ("^", BinaryOperator.BitXor) },
        new[] { ("&", BinaryOperator.BitAnd) },
        new[] { ("<<", BinaryOperator.LShift), (">>", BinaryOperator.RShift) },
        new[] { ("+", BinaryOperator.Add), ("-", BinaryOperator.Sub) },
        new[] { ("*", BinaryOperator.Mult), ("/", BinaryOperator.Div), ("%", BinaryOperator.Mod), ("//", BinaryOperator.FloorDiv), ("@", BinaryOperator.MatMult) },
    };

    private ExprSyntax ParseBinary(int level)
    {
        if (level == Levels.Length) return ParseFactor();
        var left = ParseBinary(level + 1);
        while (Cur.Kind == TokenKind.Op)
        {
            BinaryOperator? kind = null;
            foreach (var (op, k) in Levels[level]) if (Cur.Text == op) kind = k;
            if (kind == null) break;
            Advance();
            var right = ParseBinary(level + 1);
            left = Done(new BinOpExpr { Left = left, Op = kind.Value, Right = right }, left);
        }
        return left;
    }

    private ExprSyntax ParseFactor()
    {
        var t = Cur;
        UnaryOperator? op = t.Is("-") ? UnaryOperator.USub : t.Is("+") ? UnaryOperator.UAdd : t.Is("~") ? UnaryOperator.Invert : null;
        if (op != null)
        {
            Enter();
            try
            {
                Advance();
                var operand = ParseFactor();
                return Done(new UnaryOpExpr { Op = op.Value, Operand = operand }, t);
            }
            finally { Leave(); }
        }
        return ParsePower();
    }

    private ExprSyntax ParsePower()
    {
        ExprSyntax left;
        if (At("await"))
        {
            var t = Advance();
            left = Done(new AwaitExpr { Value = ParseAtomExpr() }, t);
        }
        else left = ParseAtomExpr();
        if (At("**"))
        {
            Advance();
            Enter();
            try
            {
                var right = ParseFactor();
                return Done(new BinOpExpr { Left = left, Op = BinaryOperator.Pow, Right = right }, left);
            }
            finally { Leave(); }
        }
        return left;
    }

    private ExprSyntax ParseAtomExpr()
    {
        var e = ParseAtom();
        while (true)
        {
            if (At("("))
            {
                    Enter();
                Advance();
                var call = new CallExpr { Func = e };
                ParseCallArguments(call);
                Expect(")");
                Leave();
                e = Done(call, e);
            }
            else if (At("["))
            {
                    Enter();
                Advance();
                var slice = ParseSubscriptList();
                Expect("]");
                Leave();
                e = Done(new SubscriptExpr { Value = e, Slice = slice, Ctx = ExprContext.Load }, e);
            }
            else if (At("."))
            {
                    Advance();
                var name = ExpectName();
                e = Done(new AttributeExpr { Value = e, Attr = name.Text, Ctx = ExprContext.Load }, e);
            }
            else return e;
        }
    }

    private void ParseCallArguments(CallExpr call)
    {
        bool seenKeyword = false, seenKwUnpack = false;
        while (!At(")"))
        {
            var t = Cur;
            if (At("*"))
            {
                Advance();
                var value = ParseTest();
                if (seenKwUnpack) Fail("iterable argument unpacking follows keyword argument unpacking", t);
                call.Args.Add(Done(new StarredExpr { Value = value, Ctx = ExprContext.Load }, t));
            }
            else if (At("**"))
            {
                Advance();
                var value = ParseTest();
                call.Keywords.Add(Done(new KeywordSyntax { Arg = null, Value = value }, t));
                seenKwUnpack = true;
            }
            else
            {
                var e = ParseNamedExprTest();
                if (At("="))
                {
                    var eq = Advance();
                    if (e is not NameExpr name) throw Fail("expression cannot contain assignment, perhaps you meant \"==\"?", e);
                    var value = ParseTest();
                    call.Keywords.Add(Done(new KeywordSyntax { Arg = name.Id, Value = value }, t));
                    seenKeyword = true;
                }
                else
                {
                    if (AtComprehensionFor)
                    {
                        e = ParseComprehensionTail(ComprehensionKind.Generator, e, null, t);
                        if (call.Args.Count > 0 || call.Keywords.Count > 0 || (At(",") && !Peek().Is(")")))
                            Fail("Generator expression must be parenthesized", e);
                    }
                    if (seenKwUnpack) Fail("positional argument follows keyword argument unpacking", e);
                    if (seenKeyword) Fail("positional argument follows keyword argument", e);
                    call.Args.Add(e);
                }
            }
            if (!Accept(",")) break;
        }
        var seen = new HashSet<string>();
        foreach (var kw in call.Keywords)
            if (kw.Arg != null && !seen.Add(kw.Arg)) Fail($"keyword argument repeated: {kw.Arg}", kw);
    }

    private ExprSyntax ParseSubscriptList()
    {
        var first = Cur;
        var e = ParseSubscript();
        if (!At(",")) return e;
        var tuple = new TupleExpr { Ctx = ExprContext.Load };
        tuple.Elts.Add(e);
        while (Accept(","))
        {
            if (At("]")) break;
            tuple.Elts.Add(ParseSubscript());
        }
        return Done(tuple, first);
    }

    private ExprSyntax ParseSubscript()
    {
        var t = Cur;
        ExprSyntax? lower = null;
        if (!At(":"))
        {
            lower = ParseTestOrStar();
            if (lower is StarredExpr) Fail("invalid syntax", lower);
            if (!At(":")) return lower;
        }
        Advance();
        var slice = new SliceExpr { Lower = lower };
        if (!At(":") && !At("]") && !At(",")) slice.Upper = ParseTest();
        if (Accept(":"))
        {
            if (!At("]") && !At(",")) slice.Step = ParseTest();
        }
        return Done(slice, t);
    }

    private ExprSyntax ParseAtom()
    {
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Number: Advance(); return ParseNumber(t);
            case TokenKind.String: return ParseStrings();
            case TokenKind.Name:
                switch (t.Text)
                {
                    case "None": Advance(); return Done(new ConstantExpr { Value = Constant.None }, t);
                    case "True": Advance(); return Done(new ConstantExpr { Value = Constant.True }, t);
                    case "False": Advance(); return Done(new ConstantExpr { Value = Constant.False }, t);
                    case "yield": throw Fail(null, t);
                }
                if (Keywords.Contains(t.Text)) throw Fail(null, t);
                Advance();
                return Done(new NameExpr { Id = t.Text, Ctx = ExprContext.Load }, t);
            case TokenKind.Op:
                switch (t.Text)
                {
                    case "...": Advance(); return Done(new ConstantExpr { Value = Constant.Ellipsis }, t);
                    case "(": return ParseParen();
                    case "[": return ParseList();
                    case "{": return ParseBrace();
                }
                break;
        }
        throw Fail(null, t);
    }

    private ExprSyntax ParseParen()
    {
        var t = Advance();
        Enter();
        try
        {
            if (Accept(")")) return Done(new TupleExpr { Ctx = ExprContext.Load, Parenthesized = true }, t);
            if (At("yield"))
            {
                var y = ParseYield();
                Expect(")");
                return y;
            }
            var first = ParseTestOrStar();
            if (AtComprehensionFor)
            {
                var gen = ParseComprehensionTail(ComprehensionKind.Generator, first, null, t);
                Expect(")");
                return Done(gen, t);
            }
            if (!At(","))
            {
                Expect(")");
                if (first is StarredExpr) Fail("can't use starred expression here", first);
                if (first is NamedExpr named) named.Parenthesized = true;
                return first;
            }
            var tuple = new TupleExpr { Ctx = ExprContext.Load, Parenthesized = true };
            tuple.Elts.Add(first);
            while (Accept(","))
            {
                if (At(")")) break;
                tuple.Elts.Add(ParseTestOrStar());
            }
            Expect(")");
            return Done(tuple, t);
        }
        finally { Leave(); }
    }

    private ExprSyntax ParseList()
    {
        var t = Advance();
        Enter();
        try
        {
            var list = new ListExpr { Ctx = ExprContext.Load };
            if (Accept("]")) return Done(list, t);
            var first = ParseTestOrStar();
            if (AtComprehensionFor)
            {
                var comp = ParseComprehensionTail(ComprehensionKind.List, first, null, t);
                Expect("]");
                return Done(comp, t);
            }
            list.Elts.Add(first);
            while (Accept(","))
            {
                if (At("]")) break;
                list.Elts.Add(ParseTestOrStar());
            }
            Expect("]");
            return Done(list, t);
        }
        finally { Leave(); }
    }

    private ExprSyntax ParseBrace()
    {
        var t = Advance();
        Enter();
        try
        {
            if (Accept("}")) return Done(new DictExpr(), t);
            if (At("**"))
            {
                var dict = new DictExpr();
                ParseDictItems(dict);
                return Done(dict, t);
            }
            var first = ParseTestOrStar();
            if (At(":") && first is not StarredExpr)
            {
                Advance();
                var value = ParseTest();
                if (AtComprehensionFor)
                {
                    var comp = ParseComprehensionTail(ComprehensionKind.Dict, first, value, t);
                    Expect("}");
                    return Done(comp, t);
                }
                var dict = new DictExpr();
                dict.Keys.Add(first); dict.Values.Add(value);
                if (Accept(",")) ParseDictItems(dict); else Expect("}");
                return Done(dict, t);
            }
            if (AtComprehensionFor)
            {
                var comp = ParseComprehensionTail(ComprehensionKind.Set, first, null, t);
                Expect("}");
                return Done(comp, t);
            }
            var set = new SetExpr();
            set.Elts.Add(first);
            while (Accept(","))
            {
                if (At("}")) break;
                set.Elts.Add(ParseTestOrStar());
            }
            Expect("}");
            return Done(set, t);
        }
        finally { Leave(); }
    }

    private void ParseDictItems(DictExpr dict)
    {
        while (!At("}"))
        {
            if (Accept("**"))
            {
                dict.Keys.Add(null);
                dict.Values.Add(ParseExpr());
            }
            else
            {
                dict.Keys.Add(ParseTest());
                Expect(":");
                dict.Values.Add(ParseTest());
            }
            if (!Accept(",")) break;
        }
        Expect("}");
    }

    /// <summary>A comprehension's first <c>for</c> (or <c>async for</c>) follows.</summary>
    private bool AtComprehensionFor => At("for") || At("async");

    private ComprehensionExpr ParseComprehensionTail(ComprehensionKind kind, ExprSyntax elt, ExprSyntax? value, Token first)
    {
        if (elt is StarredExpr) Fail(kind == ComprehensionKind.Dict ? "dict unpacking cannot be used in dict comprehension" : "iterable unpacking cannot be used in comprehension", elt);
        var comp = new ComprehensionExpr { Kind = kind, Elt = elt, Value = value };
        while (At("for") || At("async"))
        {
            var ft = Cur;
            bool isAsync = Accept("async");
            Expect("for");
            var target = ParseExprList();
            SetContext(target, ExprContext.Store);
            Expect("in");
            var iter = ParseOrTest();
            var clause = new ComprehensionClause { Target = target, Iter = iter, IsAsync = isAsync };
            while (At("if"))
            {
                Advance();
                clause.Ifs.Add(ParseTestNoCond());
            }
            comp.Generators.Add(Done(clause, ft));
        }
        return Done(comp, first);
    }

    private ExprSyntax ParseNumber(Token t)
    {
        string text = t.Text.Replace("_", "");
        var node = new ConstantExpr();
        char last = text[text.Length - 1];
        if (last == 'j' || last == 'J')
        {
            // An imaginary literal: a decimal float or digits (leading zeros allowed) before the j.
            double imag = double.Parse(text.Substring(0, text.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture);
            node.Value = Constant.Complex(0.0, imag);
            return Done(node, t);
        }
        if (text.Length > 1 && text[0] == '0' && "xXoObB".IndexOf(text[1]) >= 0)
        {
            int radix = char.ToLowerInvariant(text[1]) switch { 'x' => 16, 'o' => 8, _ => 2 };
            BigInteger v = BigInteger.Zero;
            for (int i = 2; i < text.Length; i++) v = v * radix + HexValue(text[i]);
            node.Value = IntConstant(v);
            return Done(node, t);
        }
        if (text.IndexOf('.') >= 0 || text.IndexOf('e') >= 0 || text.IndexOf('E') >= 0)
        {
            double d = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            node.Value = Constant.Float(d);
            return Done(node, t);
        }
        node.Value = IntConstant(BigInteger.Parse(text, CultureInfo.InvariantCulture));
        return Done(node, t);
    }

    internal static Constant IntConstant(BigInteger v)
        => v >= long.MinValue && v <= long.MaxValue ? Constant.Int((long)v) : Constant.BigInt(v.ToString(CultureInfo.InvariantCulture));

    private static int HexValue(char c) => c <= '9' ? c - '0' : (char.ToLowerInvariant(c) - 'a' + 10);

    // ---------------------------------------------------------------- targets

    private static string ExprName(ExprSyntax e) => e switch
    {
        AttributeExpr => "attribute",
        SubscriptExpr => "subscript",
        StarredExpr => "starred",
        NameExpr => "name",
        ListExpr => "list",
        TupleExpr => "tuple",
        LambdaExpr => "lambda",
        CallExpr => "function call",
        BoolOpExpr or BinOpExpr or UnaryOpExpr => "operator",
        ComprehensionExpr c => c.Kind switch
        {
            ComprehensionKind.Generator => "generator expression",
            ComprehensionKind.List => "list comprehension",
            ComprehensionKind.Set => "set comprehension",
            _ => "dict comprehension",
        },
        DictExpr => "dict display",
        SetExpr => "set display",
        JoinedStrExpr or FormattedValueExpr => "f-string expression",
        ConstantExpr c => c.Value.Kind switch
        {
            ConstantKind.None => "None",
            ConstantKind.Bool => c.Value.BoolValue ? "True" : "False",
            ConstantKind.Ellipsis => "Ellipsis",
            _ => "literal",
        },
        CompareExpr => "comparison",
        IfExpExpr => "conditional expression",
        NamedExpr => "named expression",
        YieldExpr or YieldFromExpr => "yield expression",
        AwaitExpr => "await expression",
        _ => "expression",
    };

    private void SetContext(ExprSyntax e, ExprContext ctx)
    {
        switch (e)
        {
            case NameExpr n:
                if (n.Id == "__debug__") Fail(ctx == ExprContext.Del ? "cannot delete __debug__" : "cannot assign to __debug__", e);
                n.Ctx = ctx; return;
            case AttributeExpr a: a.Ctx = ctx; return;
            case SubscriptExpr s: s.Ctx = ctx; return;
            case TupleExpr t: t.Ctx = ctx; foreach (var x in t.Elts) SetContext(x, ctx); return;
            case ListExpr l: l.Ctx = ctx; foreach (var x in l.Elts) SetContext(x, ctx); return;
            case StarredExpr st when ctx == ExprContext.Store: st.Ctx = ctx; SetContext(st.Value, ctx); return;
            case ErrorExpr: return;
        }
        Fail(ctx == ExprContext.Del ? $"cannot delete {ExprName(e)}" : $"cannot assign to {ExprName(e)}", e);
    }

    private void CheckAugTarget(ExprSyntax e)
    {
        switch (e)
        {
            case NameExpr n: n.Ctx = ExprContext.Store; return;
            case AttributeExpr a: a.Ctx = ExprContext.Store; return;
            case SubscriptExpr s: s.Ctx = ExprContext.Store; return;
            case ErrorExpr: return;
        }
        Fail($"'{ExprName(e)}' is an illegal expression for augmented assignment", e);
    }
}
