using System.Collections.Generic;
using GilGen.Compiler.Binding;
using System.Runtime.CompilerServices;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Compiler.Bytecode;

internal sealed partial class CodeGenerator
{
    /// <summary>compiler_visit_expr: a sub-expression on another line gets its own line entry, then the outer line comes back.</summary>
    private void VisitExpr(ExprSyntax e)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        int oldLine = _u.LineNo;
        if (e.Line != _u.LineNo)
        {
            _u.LineNo = e.Line;
            _u.LineNoSet = false;
        }
        e.Accept(this);
        if (oldLine != _u.LineNo)
        {
            _u.LineNo = oldLine;
            _u.LineNoSet = false;
        }
    }

    public override void VisitBoolOpExpr(BoolOpExpr node) => CompileBoolOp(node);

    public override void VisitBinOpExpr(BinOpExpr node)
    {
        VisitExpr(node.Left);
        VisitExpr(node.Right);
        AddOp(BinaryOp(node.Op));
    }

    public override void VisitUnaryOpExpr(UnaryOpExpr node)
    {
        VisitExpr(node.Operand);
        AddOp(node.Op switch
        {
            UnaryOperator.Invert => Opcode.UNARY_INVERT,
            UnaryOperator.Not => Opcode.UNARY_NOT,
            UnaryOperator.UAdd => Opcode.UNARY_POSITIVE,
            _ => Opcode.UNARY_NEGATIVE,
        });
    }

    public override void VisitLambdaExpr(LambdaExpr node) => CompileLambda(node);

    public override void VisitNamedExpr(NamedExpr node)
    {
        VisitExpr(node.Value);
        AddOp(Opcode.DUP_TOP);
        VisitExpr(node.Target);
    }

    public override void VisitIfExpExpr(IfExpExpr node)
    {
        var end = NewBlock();
        var next = NewBlock();
        JumpIf(node.Test, next, false);
        VisitExpr(node.Body);
        AddJump(Opcode.JUMP_FORWARD, end);
        UseNextBlock(next);
        VisitExpr(node.OrElse);
        UseNextBlock(end);
    }

    public override void VisitDictExpr(DictExpr node) => CompileDict(node);

    public override void VisitSetExpr(SetExpr node) => StarUnpackHelper(node.Elts, 0, Opcode.BUILD_SET, Opcode.SET_ADD, Opcode.SET_UPDATE, false);

    public override void VisitComprehensionExpr(ComprehensionExpr node) => CompileComprehension(node);

    public override void VisitYieldExpr(YieldExpr node)
    {
        if (node.Value != null) VisitExpr(node.Value); else LoadConst(Constant.None);
        AddOp(Opcode.YIELD_VALUE);
    }

    public override void VisitYieldFromExpr(YieldFromExpr node)
    {
        VisitExpr(node.Value);
        AddOp(Opcode.GET_YIELD_FROM_ITER);
        LoadConst(Constant.None);
        AddOp(Opcode.YIELD_FROM);
    }

    public override void VisitAwaitExpr(AwaitExpr node)
    {
        VisitExpr(node.Value);
        AwaitTop();
    }

    public override void VisitCompareExpr(CompareExpr node) => CompileCompare(node);

    public override void VisitCallExpr(CallExpr node) => CompileCall(node);

    public override void VisitJoinedStrExpr(JoinedStrExpr node)
    {
        foreach (var v in node.Values) VisitExpr(v);
        if (node.Values.Count != 1) AddOp(Opcode.BUILD_STRING, node.Values.Count);
    }

    public override void VisitFormattedValueExpr(FormattedValueExpr node)
    {
        VisitExpr(node.Value);
        int oparg = node.Conversion switch { 's' => 1, 'r' => 2, 'a' => 3, _ => 0 };
        if (node.FormatSpec != null)
        {
            VisitExpr(node.FormatSpec);
            oparg |= 0x04;
        }
        AddOp(Opcode.FORMAT_VALUE, oparg);
    }

    public override void VisitConstantExpr(ConstantExpr node) => LoadConst(node.Value);

    public override void VisitAttributeExpr(AttributeExpr node)
    {
        VisitExpr(node.Value);
        AddOpName(node.Ctx switch
        {
            ExprContext.Load => Opcode.LOAD_ATTR,
            ExprContext.Store => Opcode.STORE_ATTR,
            _ => Opcode.DELETE_ATTR,
        }, node.Attr);
    }

    public override void VisitSubscriptExpr(SubscriptExpr node)
    {
        VisitExpr(node.Value);
        VisitExpr(node.Slice);
        AddOp(node.Ctx switch
        {
            ExprContext.Load => Opcode.BINARY_SUBSCR,
            ExprContext.Store => Opcode.STORE_SUBSCR,
            _ => Opcode.DELETE_SUBSCR,
        });
    }

    public override void VisitStarredExpr(StarredExpr node)
        => Error(node.Ctx == ExprContext.Store ? "starred assignment target must be in a list or tuple" : "can't use starred expression here", node);

    public override void VisitSliceExpr(SliceExpr node)
    {
        int n = 2;
        if (node.Lower != null) VisitExpr(node.Lower); else LoadConst(Constant.None);
        if (node.Upper != null) VisitExpr(node.Upper); else LoadConst(Constant.None);
        if (node.Step != null) { n++; VisitExpr(node.Step); }
        AddOp(Opcode.BUILD_SLICE, n);
    }

    public override void VisitNameExpr(NameExpr node) => NameOp(node.Id, node.Ctx);

    public override void VisitListExpr(ListExpr node)
    {
        if (node.Ctx == ExprContext.Store) AssignmentHelper(node.Elts, node);
        else if (node.Ctx == ExprContext.Load) StarUnpackHelper(node.Elts, 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, false);
        else foreach (var x in node.Elts) VisitExpr(x);
    }

    public override void VisitTupleExpr(TupleExpr node)
    {
        if (node.Ctx == ExprContext.Store) AssignmentHelper(node.Elts, node);
        else if (node.Ctx == ExprContext.Load) StarUnpackHelper(node.Elts, 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true);
        else foreach (var x in node.Elts) VisitExpr(x);
    }

    /// <summary>An expression that could not be parsed: the parser reported it already.</summary>
    public override void VisitErrorExpr(ErrorExpr node) { }

    private static Opcode BinaryOp(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => Opcode.BINARY_ADD,
        BinaryOperator.Sub => Opcode.BINARY_SUBTRACT,
        BinaryOperator.Mult => Opcode.BINARY_MULTIPLY,
        BinaryOperator.MatMult => Opcode.BINARY_MATRIX_MULTIPLY,
        BinaryOperator.Div => Opcode.BINARY_TRUE_DIVIDE,
        BinaryOperator.Mod => Opcode.BINARY_MODULO,
        BinaryOperator.Pow => Opcode.BINARY_POWER,
        BinaryOperator.LShift => Opcode.BINARY_LSHIFT,
        BinaryOperator.RShift => Opcode.BINARY_RSHIFT,
        BinaryOperator.BitOr => Opcode.BINARY_OR,
        BinaryOperator.BitXor => Opcode.BINARY_XOR,
        BinaryOperator.BitAnd => Opcode.BINARY_AND,
        _ => Opcode.BINARY_FLOOR_DIVIDE,
    };

    private static Opcode InplaceOp(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => Opcode.INPLACE_ADD,
        BinaryOperator.Sub => Opcode.INPLACE_SUBTRACT,
        BinaryOperator.Mult => Opcode.INPLACE_MULTIPLY,
        BinaryOperator.MatMult => Opcode.INPLACE_MATRIX_MULTIPLY,
        BinaryOperator.Div => Opcode.INPLACE_TRUE_DIVIDE,
        BinaryOperator.Mod => Opcode.INPLACE_MODULO,
        BinaryOperator.Pow => Opcode.INPLACE_POWER,
        BinaryOperator.LShift => Opcode.INPLACE_LSHIFT,
        BinaryOperator.RShift => Opcode.INPLACE_RSHIFT,
        BinaryOperator.BitOr => Opcode.INPLACE_OR,
        BinaryOperator.BitXor => Opcode.INPLACE_XOR,
        BinaryOperator.BitAnd => Opcode.INPLACE_AND,
        _ => Opcode.INPLACE_FLOOR_DIVIDE,
    };

    private void AddCompare(CompareOperator op)
    {
        switch (op)
        {
            case CompareOperator.Is: AddOp(Opcode.IS_OP, 0); return;
            case CompareOperator.IsNot: AddOp(Opcode.IS_OP, 1); return;
            case CompareOperator.In: AddOp(Opcode.CONTAINS_OP, 0); return;
            case CompareOperator.NotIn: AddOp(Opcode.CONTAINS_OP, 1); return;
        }
        int cmp = op switch
        {
            CompareOperator.Lt => 0,
            CompareOperator.LtE => 1,
            CompareOperator.Eq => 2,
            CompareOperator.NotEq => 3,
            CompareOperator.Gt => 4,
            _ => 5,
        };
        AddOp(Opcode.COMPARE_OP, cmp);
    }

    /// <summary>compiler_jump_if: jumps to <paramref name="next"/> when the truth of <paramref name="e"/> equals <paramref name="cond"/>.</summary>
    private void JumpIf(ExprSyntax e, BasicBlock next, bool cond)
    {
        switch (e)
        {
            case UnaryOpExpr { Op: UnaryOperator.Not } u:
                JumpIf(u.Operand, next, !cond);
                return;
            case BoolOpExpr b:
            {
                bool cond2 = b.Op == BoolOperator.Or;
                var next2 = next;
                if (cond2 != cond) next2 = NewBlock();
                for (int i = 0; i < b.Values.Count - 1; i++) JumpIf(b.Values[i], next2, cond2);
                JumpIf(b.Values[b.Values.Count - 1], next, cond);
                if (next2 != next) UseNextBlock(next2);
                return;
            }
            case IfExpExpr ie:
            {
                var end = NewBlock();
                var next2 = NewBlock();
                JumpIf(ie.Test, next2, false);
                JumpIf(ie.Body, next, cond);
                AddJump(Opcode.JUMP_FORWARD, end);
                UseNextBlock(next2);
                JumpIf(ie.OrElse, next, cond);
                UseNextBlock(end);
                return;
            }
            case CompareExpr c when c.Ops.Count > 1:
            {
                int n = c.Ops.Count - 1;
                var cleanup = NewBlock();
                VisitExpr(c.Left);
                for (int i = 0; i < n; i++)
                {
                    VisitExpr(c.Comparators[i]);
                    AddOp(Opcode.DUP_TOP);
                    AddOp(Opcode.ROT_THREE);
                    AddCompare(c.Ops[i]);
                    AddJump(Opcode.POP_JUMP_IF_FALSE, cleanup);
                    NextBlock();
                }
                VisitExpr(c.Comparators[n]);
                AddCompare(c.Ops[n]);
                AddJump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, next);
                var end = NewBlock();
                AddJump(Opcode.JUMP_FORWARD, end);
                UseNextBlock(cleanup);
                AddOp(Opcode.POP_TOP);
                if (!cond) AddJump(Opcode.JUMP_FORWARD, next);
                UseNextBlock(end);
                return;
            }
        }
        VisitExpr(e);
        AddJump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, next);
    }

    private void CompileBoolOp(BoolOpExpr e)
    {
        var jump = e.Op == BoolOperator.And ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP;
        var end = NewBlock();
        for (int i = 0; i < e.Values.Count - 1; i++)
        {
            VisitExpr(e.Values[i]);
            AddJump(jump, end);
        }
        VisitExpr(e.Values[e.Values.Count - 1]);
        UseNextBlock(end);
    }

    private void CompileCompare(CompareExpr e)
    {
        VisitExpr(e.Left);
        int n = e.Ops.Count - 1;
        if (n == 0)
        {
            VisitExpr(e.Comparators[0]);
            AddCompare(e.Ops[0]);
            return;
        }
        var cleanup = NewBlock();
        for (int i = 0; i < n; i++)
        {
            VisitExpr(e.Comparators[i]);
            AddOp(Opcode.DUP_TOP);
            AddOp(Opcode.ROT_THREE);
            AddCompare(e.Ops[i]);
            AddJump(Opcode.JUMP_IF_FALSE_OR_POP, cleanup);
            NextBlock();
        }
        VisitExpr(e.Comparators[n]);
        AddCompare(e.Ops[n]);
        var end = NewBlock();
        AddJump(Opcode.JUMP_FORWARD, end);
        UseNextBlock(cleanup);
        AddOp(Opcode.ROT_TWO);
        AddOp(Opcode.POP_TOP);
        UseNextBlock(end);
    }

    /// <summary>
    /// exec, eval and compile turn text into code at run time; ahead-of-time compiled code has no
    /// compiler then, so a call to the builtins (not to a name the module binds) is GIL0010.
    /// </summary>
    private void CheckRuntimeCompilation(CallExpr e)
    {
        if (e.Func is not NameExpr { Id: "exec" or "eval" or "compile" } n) return;
        var scope = _u.Ste.GetScope(SymbolTable.Mangle(_u.Private, n.Id));
        bool builtin = scope == SymbolScope.GlobalImplicit
            || (scope == SymbolScope.None && _u.Ste.Type != ScopeType.Function);
        if (!builtin || (_st.Top.GetFlags(n.Id) & SymbolFlags.DefBound) != 0) return;
        _diags.Error(DiagnosticIds.RuntimeCompilation,
            $"'{n.Id}' cannot run in ahead-of-time compiled code: GilGen compiles Python to C# at build time and has no compiler at run time to turn text into code",
            e);
    }

    private void CompileCall(CallExpr e)
    {
        CheckRuntimeCompilation(e);
        // maybe_optimize_method_call: obj.meth(args) without keywords or stars.
        if (e.Func is AttributeExpr { Ctx: ExprContext.Load } meth && e.Keywords.Count == 0 && !e.Args.Exists(a => a is StarredExpr))
        {
            VisitExpr(meth.Value);
            AddOpName(Opcode.LOAD_METHOD, meth.Attr);
            foreach (var a in e.Args) VisitExpr(a);
            AddOp(Opcode.CALL_METHOD, e.Args.Count);
            return;
        }
        VisitExpr(e.Func);
        CallHelper(0, e.Args, e.Keywords);
    }

    /// <summary>compiler_call_helper: <paramref name="n"/> arguments are already on the stack.</summary>
    private void CallHelper(int n, List<ExprSyntax> args, List<KeywordSyntax> keywords)
    {
        bool exCall = args.Exists(a => a is StarredExpr) || keywords.Exists(k => k.Arg == null);
        if (!exCall)
        {
            foreach (var a in args) VisitExpr(a);
            if (keywords.Count > 0)
            {
                var names = new List<Constant>();
                foreach (var k in keywords) { VisitExpr(k.Value); names.Add(Constant.Str(k.Arg!)); }
                LoadConst(Constant.Tuple(names));
                AddOp(Opcode.CALL_FUNCTION_KW, n + args.Count + keywords.Count);
            }
            else AddOp(Opcode.CALL_FUNCTION, n + args.Count);
            return;
        }
        if (n == 0 && args.Count == 1 && args[0] is StarredExpr only) VisitExpr(only.Value);
        else StarUnpackHelper(args, n, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true);
        if (keywords.Count > 0)
        {
            bool haveDict = false;
            int nseen = 0;
            for (int i = 0; i < keywords.Count; i++)
            {
                var kw = keywords[i];
                if (kw.Arg == null)
                {
                    if (nseen > 0)
                    {
                        SubKwargs(keywords, i - nseen, i);
                        if (haveDict) AddOp(Opcode.DICT_MERGE, 1);
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict)
                    {
                        AddOp(Opcode.BUILD_MAP, 0);
                        haveDict = true;
                    }
                    VisitExpr(kw.Value);
                    AddOp(Opcode.DICT_MERGE, 1);
                }
                else nseen++;
            }
            if (nseen > 0)
            {
                SubKwargs(keywords, keywords.Count - nseen, keywords.Count);
                if (haveDict) AddOp(Opcode.DICT_MERGE, 1);
            }
        }
        AddOp(Opcode.CALL_FUNCTION_EX, keywords.Count > 0 ? 1 : 0);
    }

    private void SubKwargs(List<KeywordSyntax> keywords, int begin, int end)
    {
        int n = end - begin;
        if (n > 1)
        {
            var keys = new List<Constant>();
            for (int i = begin; i < end; i++) { VisitExpr(keywords[i].Value); keys.Add(Constant.Str(keywords[i].Arg!)); }
            LoadConst(Constant.Tuple(keys));
            AddOp(Opcode.BUILD_CONST_KEY_MAP, n);
        }
        else
        {
            for (int i = begin; i < end; i++)
            {
                LoadConst(Constant.Str(keywords[i].Arg!));
                VisitExpr(keywords[i].Value);
            }
            AddOp(Opcode.BUILD_MAP, n);
        }
    }

    private static bool AllConst<T>(List<T> items, int begin, int end) where T : ExprSyntax?
    {
        for (int i = begin; i < end; i++) if (items[i] is not ConstantExpr) return false;
        return true;
    }

    /// <summary>starunpack_helper: lists, tuples, sets and star-args.</summary>
    private void StarUnpackHelper(List<ExprSyntax> elts, int pushed, Opcode build, Opcode add, Opcode extend, bool tuple)
    {
        int n = elts.Count;
        if (n > 2 && AllConst(elts, 0, n))
        {
            var items = new List<Constant>();
            foreach (var x in elts) items.Add(((ConstantExpr)x).Value);
            if (tuple) LoadConst(Constant.Tuple(items));
            else
            {
                AddOp(build, pushed);
                LoadConst(add == Opcode.SET_ADD ? ConstantFolder.MakeFrozenSet(items) : Constant.Tuple(items));
                AddOp(extend, 1);
            }
            return;
        }
        if (elts.Exists(x => x is StarredExpr))
        {
            bool seenStar = false;
            for (int i = 0; i < n; i++)
            {
                var elt = elts[i];
                if (elt is StarredExpr st)
                {
                    if (!seenStar)
                    {
                        AddOp(build, i + pushed);
                        seenStar = true;
                    }
                    VisitExpr(st.Value);
                    AddOp(extend, 1);
                }
                else
                {
                    VisitExpr(elt);
                    if (seenStar) AddOp(add, 1);
                }
            }
            if (tuple) AddOp(Opcode.LIST_TO_TUPLE);
            return;
        }
        foreach (var x in elts) VisitExpr(x);
        AddOp(tuple ? Opcode.BUILD_TUPLE : build, n + pushed);
    }

    /// <summary>assignment_helper: unpacking into a tuple or list target.</summary>
    private void AssignmentHelper(List<ExprSyntax> elts, SyntaxNode where)
    {
        int n = elts.Count;
        bool seenStar = false;
        for (int i = 0; i < n; i++)
        {
            if (elts[i] is not StarredExpr) continue;
            if (seenStar)
            {
                Error("multiple starred expressions in assignment", elts[i]);
                return;
            }
            if (i >= (1 << 8) || n - i - 1 >= (int.MaxValue >> 8))
            {
                Error("too many expressions in star-unpacking assignment", where);
                return;
            }
            AddOp(Opcode.UNPACK_EX, i + ((n - i - 1) << 8));
            seenStar = true;
        }
        if (!seenStar) AddOp(Opcode.UNPACK_SEQUENCE, n);
        foreach (var elt in elts) VisitExpr(elt is StarredExpr st ? st.Value : elt);
    }

    private void SubDict(DictExpr e, int begin, int end)
    {
        int n = end - begin;
        if (n > 1 && AllConst(e.Keys, begin, end))
        {
            var keys = new List<Constant>();
            for (int i = begin; i < end; i++) VisitExpr(e.Values[i]);
            for (int i = begin; i < end; i++) keys.Add(((ConstantExpr)e.Keys[i]!).Value);
            LoadConst(Constant.Tuple(keys));
            AddOp(Opcode.BUILD_CONST_KEY_MAP, n);
        }
        else
        {
            for (int i = begin; i < end; i++)
            {
                VisitExpr(e.Keys[i]!);
                VisitExpr(e.Values[i]);
            }
            AddOp(Opcode.BUILD_MAP, n);
        }
    }

    private void CompileDict(DictExpr e)
    {
        int n = e.Values.Count, elements = 0;
        bool haveDict = false;
        for (int i = 0; i < n; i++)
        {
            if (e.Keys[i] == null)
            {
                if (elements > 0)
                {
                    SubDict(e, i - elements, i);
                    if (haveDict) AddOp(Opcode.DICT_UPDATE, 1);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict)
                {
                    AddOp(Opcode.BUILD_MAP, 0);
                    haveDict = true;
                }
                VisitExpr(e.Values[i]);
                AddOp(Opcode.DICT_UPDATE, 1);
            }
            else
            {
                if (elements == 0xFFFF)
                {
                    SubDict(e, i - elements, i);
                    if (haveDict) AddOp(Opcode.DICT_UPDATE, 1);
                    haveDict = true;
                    elements = 0;
                }
                elements++;
            }
        }
        if (elements > 0)
        {
            SubDict(e, n - elements, n);
            if (haveDict) AddOp(Opcode.DICT_UPDATE, 1);
            haveDict = true;
        }
        if (!haveDict) AddOp(Opcode.BUILD_MAP, 0);
    }
}
