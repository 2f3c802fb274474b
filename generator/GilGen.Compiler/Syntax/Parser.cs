using System;
using System.Collections.Generic;
using System.Threading;
using GilGen.Compiler.Bytecode;
using GilGen.Compiler.Diagnostics;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Compiler.Syntax;

/// <summary>
/// Recursive-descent parser for GilGen's Python subset (Grammar/Grammar of 3.9). Errors are reported
/// as GIL0001 (syntax) or GIL0002 (valid Python that GilGen does not compile yet); after an error the
/// parser skips to the next logical line so that several errors can be reported.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>Thrown to abandon the current statement after its error has been reported.</summary>
    private sealed class ParseAbort : Exception { }

    private static readonly HashSet<string> Keywords = new()
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    };

    /// <summary>True for one of Python 3's hard keywords (keyword.kwlist).</summary>
    internal static bool IsKeyword(string name) => Keywords.Contains(name);

    private readonly SourceText _text;
    private readonly DiagnosticBag _diags;
    private readonly List<Token> _tokens;
    private int _p;
    private int _prevEnd;
    private int _depth;
    private const int MaxDepth = NestingLimit.MaxDepth;

    private readonly CancellationToken _cancellationToken;

    public Parser(SourceText text, DiagnosticBag diags, List<Token> tokens, CancellationToken cancellationToken = default)
    {
        _text = text; _diags = diags; _tokens = tokens; _cancellationToken = cancellationToken;
    }

    private Token Cur => _tokens[_p];
    private Token Peek(int n = 1) => _tokens[Math.Min(_p + n, _tokens.Count - 1)];

    private Token Advance()
    {
        var t = _tokens[_p];
        if (_p < _tokens.Count - 1) _p++;
        if (t.Kind != TokenKind.Indent && t.Kind != TokenKind.Dedent && t.Kind != TokenKind.EndMarker) _prevEnd = t.End;
        return t;
    }

    private bool At(string text) => Cur.Is(text);

    private bool Accept(string text)
    {
        if (!At(text)) return false;
        Advance();
        return true;
    }

    private Token Expect(string text)
    {
        if (At(text)) return Advance();
        if (text == ":" ) Fail("expected ':'", Cur);
        Fail(null, Cur);
        return null!;
    }

    /// <summary>Reports a syntax error at <paramref name="tok"/> (unless the lexer already did) and abandons the statement.</summary>
    private Exception Fail(string? message, Token tok)
    {
        if (tok.Kind != TokenKind.Error)
        {
            if (tok.Kind == TokenKind.EndMarker) message ??= "unexpected EOF while parsing";
            else if (tok.Kind == TokenKind.Indent) message ??= "unexpected indent";
            message ??= "invalid syntax";
            _diags.Error(DiagnosticIds.SyntaxError, message, tok.Start, tok.Length);
        }
        throw new ParseAbort();
    }

    private Exception Fail(string message, SyntaxNode node)
    {
        _diags.Error(DiagnosticIds.SyntaxError, message, node.Start, node.Length);
        throw new ParseAbort();
    }

    /// <summary>Reports GIL0002; <paramref name="what"/> is a singular construct ("'yield'") unless <paramref name="plural"/>.</summary>
    private void Unsupported(string what, int start, int length, bool plural = false)
        => _diags.Error(DiagnosticIds.UnsupportedConstruct, what + (plural ? " are" : " is") + " not supported by GilGen yet", start, length);

    private T Done<T>(T node, Token first) where T : SyntaxNode
    {
        node.SetSpan(first, Math.Max(_prevEnd, first.Start));
        return node;
    }

    private T Done<T>(T node, SyntaxNode first) where T : SyntaxNode
    {
        node.Line = first.Line; node.Column = first.Column; node.Start = first.Start;
        node.Length = Math.Max(_prevEnd, first.Start) - first.Start;
        return node;
    }

    // Each Enter is one level of the parser's own recursion (a nested expression, bracket, unary
    // operator, lambda, conditional or power). Brackets stop at 200 in the lexer, as in CPython;
    // past this many levels CPython 3.12 fails too, with RecursionError.
    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            _depth = 0;
            _diags.Error(DiagnosticIds.NestingTooDeep, NestingLimit.Message, Cur.Start, Math.Max(1, Cur.Length));
            throw new ParseAbort();
        }
    }

    private void Leave() => _depth--;

    // ---------------------------------------------------------------- statements

    public ModuleSyntax ParseModule()
    {
        var module = new ModuleSyntax { Line = 1, Column = 0, Start = 0, Length = _text.Length };
        while (Cur.Kind != TokenKind.EndMarker && !_diags.IsFull)
        {
            if (Cur.Kind == TokenKind.Dedent) { Advance(); continue; }
            ParseStatementInto(module.Body, reportIndent: true);
        }
        return module;
    }

    private void ParseStatementInto(List<StmtSyntax> into, bool reportIndent)
    {
        if (Cur.Kind == TokenKind.Indent)
        {
            // An indented block where none may start: report it, then read the block as more statements.
            if (reportIndent) _diags.Error(DiagnosticIds.SyntaxError, "unexpected indent", Cur.Start, Math.Max(1, Math.Min(Cur.Length, 1)));
            Advance();
            while (Cur.Kind != TokenKind.Dedent && Cur.Kind != TokenKind.EndMarker && !_diags.IsFull)
                ParseStatementInto(into, reportIndent);
            if (Cur.Kind == TokenKind.Dedent) Advance();
            return;
        }
        int startP = _p;
        try
        {
            _depth = 0;
            _cancellationToken.ThrowIfCancellationRequested();
            ParseStatement(into);
        }
        catch (ParseAbort)
        {
            Recover(startP);
        }
    }

    /// <summary>Skips the rest of the broken logical line, and the block it opened, if any.</summary>
    private void Recover(int startP)
    {
        if (_p == startP && Cur.Kind != TokenKind.EndMarker && Cur.Kind != TokenKind.Newline && Cur.Kind != TokenKind.Dedent && Cur.Kind != TokenKind.Indent) Advance();
        while (Cur.Kind != TokenKind.Newline && Cur.Kind != TokenKind.EndMarker && Cur.Kind != TokenKind.Dedent && Cur.Kind != TokenKind.Indent) Advance();
        if (Cur.Kind == TokenKind.Newline) Advance();
        if (Cur.Kind == TokenKind.Indent)
        {
            // The block of the broken header: parse it for its own errors, without "unexpected indent".
            Advance();
            var sink = new List<StmtSyntax>();
            while (Cur.Kind != TokenKind.Dedent && Cur.Kind != TokenKind.EndMarker && !_diags.IsFull)
                ParseStatementInto(sink, reportIndent: false);
            if (Cur.Kind == TokenKind.Dedent) Advance();
        }
    }

    private void ParseStatement(List<StmtSyntax> into)
    {
        var t = Cur;
        if (t.Kind == TokenKind.Name)
        {
            switch (t.Text)
            {
                case "if": into.Add(ParseIf()); return;
                case "while": into.Add(ParseWhile()); return;
                case "for": into.Add(ParseFor()); return;
                case "try": into.Add(ParseTry()); return;
                case "with": into.Add(ParseWith()); return;
                case "def": into.Add(ParseFunctionDef()); return;
                case "class": into.Add(ParseClassDef()); return;
                case "async":
                    into.Add(ParseAsyncStatement());
                    return;
            }
        }
        if (t.Is("@"))
        {
            var decorators = new List<ExprSyntax>();
            while (Accept("@"))
            {
                decorators.Add(ParseNamedExprTest());
                if (Cur.Kind != TokenKind.Newline) throw Fail(null, Cur);
                Advance();
            }
            if (!At("def") && !At("class") && !At("async")) throw Fail(null, Cur);
            int before = into.Count;
            ParseStatement(into);
            if (into.Count > before)
            {
                switch (into[before])
                {
                    case FunctionDefStmt f: f.DecoratorList = decorators; break;
                    case ClassDefStmt c: c.DecoratorList = decorators; break;
                }
            }
            return;
        }
        ParseSimpleStatements(into);
    }

    private void ParseSimpleStatements(List<StmtSyntax> into)
    {
        while (true)
        {
            into.Add(ParseSmallStatement());
            if (Accept(";"))
            {
                if (Cur.Kind == TokenKind.Newline) break;
                continue;
            }
            break;
        }
        if (Cur.Kind != TokenKind.Newline) throw Fail(null, Cur);
        Advance();
    }

    private StmtSyntax ParseSmallStatement()
    {
        var t = Cur;
        if (t.Kind == TokenKind.Name)
        {
            switch (t.Text)
            {
                case "pass": Advance(); return Done(new PassStmt(), t);
                case "break": Advance(); return Done(new BreakStmt(), t);
                case "continue": Advance(); return Done(new ContinueStmt(), t);
                case "return":
                {
                    Advance();
                    ExprSyntax? value = StartsExpression() ? ParseTestListStarExpr() : null;
                    return Done(new ReturnStmt { Value = value }, t);
                }
                case "raise":
                {
                    Advance();
                    ExprSyntax? exc = null, cause = null;
                    if (StartsExpression())
                    {
                        exc = ParseTest();
                        if (Accept("from")) cause = ParseTest();
                    }
                    return Done(new RaiseStmt { Exc = exc, Cause = cause }, t);
                }
                case "global":
                case "nonlocal":
                {
                    Advance();
                    var names = new List<string> { ExpectName().Text };
                    while (Accept(",")) names.Add(ExpectName().Text);
                    return t.Text == "global" ? Done(new GlobalStmt { Names = names }, t) : Done(new NonlocalStmt { Names = names }, t);
                }
                case "del":
                {
                    Advance();
                    var targets = new List<ExprSyntax>();
                    do
                    {
                        if (!StartsExpression()) break;
                        var e = ParseStarOrExpr();
                        SetContext(e, ExprContext.Del);
                        targets.Add(e);
                    } while (Accept(","));
                    if (targets.Count == 0) throw Fail(null, Cur);
                    return Done(new DeleteStmt { Targets = targets }, t);
                }
                case "assert":
                {
                    Advance();
                    var test = ParseTest();
                    ExprSyntax? msg = Accept(",") ? ParseTest() : null;
                    return Done(new AssertStmt { Test = test, Msg = msg }, t);
                }
                case "import": return ParseImport();
                case "from": return ParseFromImport();
            }
        }
        // Expression statement, assignment or augmented assignment.
        var first = ParseTestListStarExpr(allowYield: true);
        if (At("="))
        {
            var targets = new List<ExprSyntax> { first };
            ExprSyntax value = first;
            while (Accept("="))
            {
                value = ParseTestListStarExpr(allowYield: true);
                targets.Add(value);
            }
            targets.RemoveAt(targets.Count - 1);
            foreach (var target in targets) SetContext(target, ExprContext.Store);
            return Done(new AssignStmt { Targets = targets, Value = value }, first);
        }
        if (Cur.Kind == TokenKind.Op && AugOps.TryGetValue(Cur.Text, out var op))
        {
            CheckAugTarget(first);
            Advance();
            var value = ParseTestListStarExpr(allowYield: true);
            return Done(new AugAssignStmt { Target = first, Op = op, Value = value }, first);
        }
        if (At(":")) return ParseAnnotatedAssignment(first);
        if (first is StarredExpr) Fail("can't use starred expression here", first);
        if (first is NamedExpr { Parenthesized: false }) Fail("invalid syntax", first);
        return Done(new ExprStmt { Value = first }, first);
    }

    /// <summary><c>target: annotation [= value]</c>, after the target.</summary>
    private StmtSyntax ParseAnnotatedAssignment(ExprSyntax first)
    {
        switch (first)
        {
            case TupleExpr: Fail("only single target (not tuple) can be annotated", first); break;
            case ListExpr: Fail("only single target (not list) can be annotated", first); break;
            case NameExpr or AttributeExpr or SubscriptExpr: break;
            default: Fail("illegal target for annotation", first); break;
        }
        // A name in parentheses is annotated but not recorded in __annotations__ (PEP 526).
        bool simple = first is NameExpr && !(_tokens[_p - 1].Is(")"));
        Advance();
        var annotation = ParseTest();
        ExprSyntax? value = Accept("=") ? ParseTestListStarExpr(allowYield: true) : null;
        SetContext(first, ExprContext.Store);
        return Done(new AnnAssignStmt { Target = first, Annotation = annotation, Value = value, Simple = simple }, first);
    }

    private static readonly Dictionary<string, BinaryOperator> AugOps = new()
    {
        ["+="] = BinaryOperator.Add, ["-="] = BinaryOperator.Sub, ["*="] = BinaryOperator.Mult, ["@="] = BinaryOperator.MatMult,
        ["/="] = BinaryOperator.Div, ["%="] = BinaryOperator.Mod, ["**="] = BinaryOperator.Pow, ["<<="] = BinaryOperator.LShift,
        [">>="] = BinaryOperator.RShift, ["|="] = BinaryOperator.BitOr, ["^="] = BinaryOperator.BitXor, ["&="] = BinaryOperator.BitAnd,
        ["//="] = BinaryOperator.FloorDiv,
    };

    private Token ExpectName()
    {
        if (Cur.Kind == TokenKind.Name && !Keywords.Contains(Cur.Text)) return Advance();
        throw Fail(null, Cur);
    }

    private StmtSyntax ParseImport()
    {
        var t = Advance();
        var stmt = new ImportStmt();
        do
        {
            var first = Cur;
            string name = ParseDottedName();
            string? asName = Accept("as") ? ExpectName().Text : null;
            stmt.Names.Add(Done(new AliasSyntax { Name = name, AsName = asName }, first));
        } while (Accept(","));
        return Done(stmt, t);
    }

    private string ParseDottedName()
    {
        string name = ExpectName().Text;
        while (Accept(".")) name += "." + ExpectName().Text;
        return name;
    }

    private StmtSyntax ParseFromImport()
    {
        var t = Advance();
        int level = 0;
        while (At(".") || At("..."))
        {
            level += Cur.Text.Length;
            Advance();
        }
        string? module = null;
        if (!At("import")) module = ParseDottedName();
        else if (level == 0) throw Fail(null, Cur);
        Expect("import");
        var stmt = new ImportFromStmt { Module = module, Level = level };
        if (At("*"))
        {
            var star = Advance();
            stmt.Names.Add(Done(new AliasSyntax { Name = "*" }, star));
            return Done(stmt, t);
        }
        bool paren = Accept("(");
        do
        {
            if (paren && At(")")) break;
            if (!paren && stmt.Names.Count > 0 && Cur.Kind == TokenKind.Newline)
                throw Fail("trailing comma not allowed without surrounding parentheses", _tokens[_p - 1]);
            var first = Cur;
            string name = ExpectName().Text;
            string? asName = Accept("as") ? ExpectName().Text : null;
            stmt.Names.Add(Done(new AliasSyntax { Name = name, AsName = asName }, first));
        } while (Accept(","));
        if (paren) Expect(")");
        return Done(stmt, t);
    }

    private List<StmtSyntax> ParseBlock()
    {
        Expect(":");
        var body = new List<StmtSyntax>();
        if (Cur.Kind == TokenKind.Newline)
        {
            Advance();
            if (Cur.Kind != TokenKind.Indent)
            {
                _diags.Error(DiagnosticIds.SyntaxError, "expected an indented block", Cur.Start, Cur.Length);
                return body;
            }
            Advance();
            while (Cur.Kind != TokenKind.Dedent && Cur.Kind != TokenKind.EndMarker && !_diags.IsFull)
                ParseStatementInto(body, reportIndent: true);
            if (Cur.Kind == TokenKind.Dedent) Advance();
            return body;
        }
        ParseSimpleStatements(body);
        return body;
    }

    private StmtSyntax ParseIf()
    {
        var t = Advance();
        var test = ParseNamedExprTest();
        var stmt = new IfStmt { Test = test };
        stmt.Body = ParseBlock();
        Done(stmt, t);
        if (At("elif"))
        {
            stmt.OrElse.Add(ParseIf());
            stmt.Length = stmt.OrElse[0].End - stmt.Start;
        }
        else if (At("else"))
        {
            Advance();
            stmt.OrElse = ParseBlock();
            Done(stmt, t);
        }
        return stmt;
    }

    private StmtSyntax ParseWhile()
    {
        var t = Advance();
        var stmt = new WhileStmt { Test = ParseNamedExprTest() };
        stmt.Body = ParseBlock();
        if (Accept("else")) stmt.OrElse = ParseBlock();
        return Done(stmt, t);
    }

    /// <summary><c>async def</c>, <c>async for</c>, <c>async with</c>: the statement after the keyword, marked async.</summary>
    private StmtSyntax ParseAsyncStatement()
    {
        var t = Advance();
        StmtSyntax stmt;
        if (At("def")) { var f = (FunctionDefStmt)ParseFunctionDef(); f.IsAsync = true; stmt = f; }
        else if (At("for")) { var f = (ForStmt)ParseFor(); f.IsAsync = true; stmt = f; }
        else if (At("with")) { var w = (WithStmt)ParseWith(); w.IsAsync = true; stmt = w; }
        else throw Fail(null, Cur);
        return Done(stmt, t);
    }

    private StmtSyntax ParseFor()
    {
        var t = Advance();
        var target = ParseExprList();
        SetContext(target, ExprContext.Store);
        Expect("in");
        var iter = ParseTestList();
        var stmt = new ForStmt { Target = target, Iter = iter };
        stmt.Body = ParseBlock();
        if (Accept("else")) stmt.OrElse = ParseBlock();
        return Done(stmt, t);
    }

    private StmtSyntax ParseTry()
    {
        var t = Advance();
        var stmt = new TryStmt { Body = ParseBlock() };
        while (At("except"))
        {
            var et = Advance();
            if (At("*"))
            {
                // PEP 654's except* (3.11 syntax, past the 3.9 bytecode GilGen compiles to): a located GIL0002.
                Unsupported("'except*'", et.Start, Cur.Start + Cur.Length - et.Start);
                Advance();
            }
            var handler = new ExceptHandlerSyntax();
            if (!At(":"))
            {
                handler.Type = ParseTest();
                if (Accept("as")) handler.Name = ExpectName().Text;
                else if (At(",")) throw Fail("multiple exception types must be parenthesized", Cur);
            }
            handler.Body = ParseBlock();
            stmt.Handlers.Add(Done(handler, et));
        }
        if (At("else"))
        {
            if (stmt.Handlers.Count == 0) throw Fail(null, Cur);
            Advance();
            stmt.OrElse = ParseBlock();
        }
        if (Accept("finally")) stmt.FinalBody = ParseBlock();
        if (stmt.Handlers.Count == 0 && stmt.FinalBody.Count == 0) throw Fail(null, Cur);
        for (int i = 0; i < stmt.Handlers.Count - 1; i++)
            if (stmt.Handlers[i].Type == null) Fail("default 'except:' must be last", stmt.Handlers[i]);
        return Done(stmt, t);
    }

    private StmtSyntax ParseWith()
    {
        var t = Advance();
        var stmt = new WithStmt();
        do
        {
            var first = Cur;
            var item = new WithItemSyntax { ContextExpr = ParseTest() };
            if (Accept("as"))
            {
                var target = ParseStarOrExpr();
                SetContext(target, ExprContext.Store);
                item.OptionalVars = target;
            }
            stmt.Items.Add(Done(item, first));
        } while (Accept(","));
        stmt.Body = ParseBlock();
        return Done(stmt, t);
    }

    private StmtSyntax ParseFunctionDef()
    {
        var t = Advance();
        var name = ExpectName();
        Expect("(");
        var args = ParseParameters(")", allowAnnotations: true);
        Expect(")");
        ExprSyntax? returns = Accept("->") ? ParseTest() : null;
        var stmt = new FunctionDefStmt { Name = name.Text, Args = args, Returns = returns };
        stmt.Body = ParseBlock();
        return Done(stmt, t);
    }

    private StmtSyntax ParseClassDef()
    {
        var t = Advance();
        var name = ExpectName();
        var stmt = new ClassDefStmt { Name = name.Text };
        if (Accept("("))
        {
            var call = new CallExpr();
            ParseCallArguments(call);
            Expect(")");
            stmt.Bases = call.Args;
            stmt.Keywords = call.Keywords;
        }
        stmt.Body = ParseBlock();
        return Done(stmt, t);
    }

    /// <summary>Parameters of a def (up to <paramref name="close"/>) or a lambda (up to ':').</summary>
    private ArgumentsSyntax ParseParameters(string close, bool allowAnnotations)
    {
        var first = Cur;
        var a = new ArgumentsSyntax();
        bool seenStar = false, seenDefault = false;
        var names = new HashSet<string>();
        while (!At(close))
        {
            if (At("**"))
            {
                Advance();
                a.KwArg = ParseParam(allowAnnotations, names);
                Accept(",");
                if (!At(close)) throw Fail(null, Cur);
                break;
            }
            if (At("*"))
            {
                var star = Advance();
                if (seenStar) throw Fail(null, star);
                seenStar = true;
                if (At(",") || At(close))
                {
                    if (!Peek().Is("**") && (At(close) || Peek().Is(close))) throw Fail("named arguments must follow bare *", star);
                }
                else a.VarArg = ParseParam(allowAnnotations, names);
                if (!Accept(",")) break;
                continue;
            }
            if (At("/"))
            {
                var slash = Advance();
                if (seenStar || a.PosOnlyArgs.Count > 0 || a.Args.Count == 0) throw Fail(null, slash);
                a.PosOnlyArgs.AddRange(a.Args);
                a.Args.Clear();
                if (!Accept(",")) break;
                continue;
            }
            var p = ParseParam(allowAnnotations, names);
            ExprSyntax? def = null;
            if (Accept("=")) def = ParseTest();
            if (seenStar)
            {
                a.KwOnlyArgs.Add(p);
                a.KwDefaults.Add(def);
            }
            else
            {
                a.Args.Add(p);
                if (def != null) { a.Defaults.Add(def); seenDefault = true; }
                else if (seenDefault) Fail("non-default argument follows default argument", p);
            }
            if (!Accept(",")) break;
        }
        return Done(a, first);
    }

    private ArgSyntax ParseParam(bool allowAnnotations, HashSet<string> names)
    {
        var n = ExpectName();
        var arg = Done(new ArgSyntax { Name = n.Text }, n);
        if (allowAnnotations && Accept(":")) arg.Annotation = ParseTest();
        if (!names.Add(n.Text)) Fail($"duplicate argument '{n.Text}' in function definition", arg);
        return arg;
    }
}
