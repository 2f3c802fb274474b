using System.Collections.Generic;
using GilGen.Compiler.Binding;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Compiler.Bytecode;

internal sealed partial class CodeGenerator
{
    private void VisitStmts(List<StmtSyntax> stmts)
    {
        foreach (var s in stmts) VisitStmt(s);
    }

    /// <summary>compiler_visit_stmt: every statement starts a new line-table entry.</summary>
    private void VisitStmt(StmtSyntax s)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        _u.LineNo = s.Line;
        _u.LineNoSet = false;
        s.Accept(this);
    }

    public override void VisitFunctionDefStmt(FunctionDefStmt node) => CompileFunction(node);

    public override void VisitClassDefStmt(ClassDefStmt node) => CompileClass(node);

    public override void VisitReturnStmt(ReturnStmt node) => CompileReturn(node);

    public override void VisitDeleteStmt(DeleteStmt node)
    {
        foreach (var t in node.Targets) VisitExpr(t);
    }

    public override void VisitAssignStmt(AssignStmt node)
    {
        VisitExpr(node.Value);
        for (int i = 0; i < node.Targets.Count; i++)
        {
            if (i < node.Targets.Count - 1) AddOp(Opcode.DUP_TOP);
            VisitExpr(node.Targets[i]);
        }
    }

    public override void VisitAugAssignStmt(AugAssignStmt node) => CompileAugAssign(node);

    public override void VisitAnnAssignStmt(AnnAssignStmt node) => CompileAnnAssign(node);

    public override void VisitForStmt(ForStmt node)
    {
        if (node.IsAsync) CompileAsyncFor(node); else CompileFor(node);
    }

    public override void VisitWhileStmt(WhileStmt node) => CompileWhile(node);

    public override void VisitIfStmt(IfStmt node) => CompileIf(node);

    public override void VisitRaiseStmt(RaiseStmt node)
    {
        int n = 0;
        if (node.Exc != null)
        {
            VisitExpr(node.Exc);
            n++;
            if (node.Cause != null) { VisitExpr(node.Cause); n++; }
        }
        AddOp(Opcode.RAISE_VARARGS, n);
    }

    public override void VisitTryStmt(TryStmt node)
    {
        if (node.FinalBody.Count > 0) CompileTryFinally(node); else CompileTryExcept(node);
    }

    public override void VisitAssertStmt(AssertStmt node) => CompileAssert(node);

    public override void VisitImportStmt(ImportStmt node) => CompileImport(node);

    public override void VisitImportFromStmt(ImportFromStmt node) => CompileFromImport(node);

    public override void VisitGlobalStmt(GlobalStmt node) { }

    public override void VisitNonlocalStmt(NonlocalStmt node) { }

    public override void VisitPassStmt(PassStmt node) { }

    public override void VisitExprStmt(ExprStmt node)
    {
        // A constant statement (e.g. a stray string) compiles to nothing.
        if (node.Value is ConstantExpr) return;
        VisitExpr(node.Value);
        AddOp(Opcode.POP_TOP);
    }

    public override void VisitBreakStmt(BreakStmt node) => CompileBreak(node);

    public override void VisitContinueStmt(ContinueStmt node) => CompileContinue(node);

    public override void VisitWithStmt(WithStmt node)
    {
        if (node.IsAsync) CompileAsyncWith(node, 0); else CompileWith(node, 0);
    }

    private bool PushFBlock(FBlockType type, BasicBlock? block, BasicBlock? exit, object? datum, SyntaxNode where)
    {
        if (_u.FBlocks.Count >= MaxBlocks)
        {
            Error("too many statically nested blocks", where);
            return false;
        }
        _u.FBlocks.Add(new FBlock(type, block, exit, datum));
        return true;
    }

    private void PopFBlock() => _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);

    /// <summary>compiler_unwind_fblock: the code a jump out of <paramref name="info"/> must run first.</summary>
    private void UnwindFBlock(FBlock info, bool preserveTos)
    {
        switch (info.Type)
        {
            case FBlockType.WhileLoop:
                return;
            case FBlockType.ForLoop:
                if (preserveTos) AddOp(Opcode.ROT_TWO);
                AddOp(Opcode.POP_TOP);
                return;
            case FBlockType.Except:
                AddOp(Opcode.POP_BLOCK);
                return;
            case FBlockType.FinallyTry:
            {
                AddOp(Opcode.POP_BLOCK);
                if (preserveTos) _u.FBlocks.Add(new FBlock(FBlockType.PopValue, null, null, null));
                int saved = _u.LineNo;
                VisitStmts((List<StmtSyntax>)info.Datum!);
                _u.LineNo = saved;
                _u.LineNoSet = false;
                if (preserveTos) PopFBlock();
                return;
            }
            case FBlockType.FinallyEnd:
                if (preserveTos) AddOp(Opcode.ROT_FOUR);
                AddOp(Opcode.POP_TOP);
                AddOp(Opcode.POP_TOP);
                AddOp(Opcode.POP_TOP);
                if (preserveTos) AddOp(Opcode.ROT_FOUR);
                AddOp(Opcode.POP_EXCEPT);
                return;
            case FBlockType.With:
            case FBlockType.AsyncWith:
                AddOp(Opcode.POP_BLOCK);
                if (preserveTos) AddOp(Opcode.ROT_TWO);
                CallExitWithNones();
                if (info.Type == FBlockType.AsyncWith) AwaitTop();
                AddOp(Opcode.POP_TOP);
                return;
            case FBlockType.HandlerCleanup:
                if (info.Datum != null) AddOp(Opcode.POP_BLOCK);
                if (preserveTos) AddOp(Opcode.ROT_FOUR);
                AddOp(Opcode.POP_EXCEPT);
                if (info.Datum != null)
                {
                    LoadConst(Constant.None);
                    NameOp((string)info.Datum, ExprContext.Store);
                    NameOp((string)info.Datum, ExprContext.Del);
                }
                return;
            case FBlockType.PopValue:
                if (preserveTos) AddOp(Opcode.ROT_TWO);
                AddOp(Opcode.POP_TOP);
                return;
        }
    }

    /// <summary>compiler_unwind_fblock_stack: unwinds up to (not including) the innermost loop when <paramref name="stopAtLoop"/>.</summary>
    private FBlock? UnwindFBlockStack(bool preserveTos, bool stopAtLoop)
    {
        if (_u.FBlocks.Count == 0) return null;
        var top = _u.FBlocks[_u.FBlocks.Count - 1];
        if (stopAtLoop && (top.Type == FBlockType.WhileLoop || top.Type == FBlockType.ForLoop)) return top;
        _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
        UnwindFBlock(top, preserveTos);
        var loop = UnwindFBlockStack(preserveTos, stopAtLoop);
        _u.FBlocks.Add(top);
        return loop;
    }

    private void CompileReturn(ReturnStmt s)
    {
        bool preserveTos = s.Value != null && s.Value is not ConstantExpr;
        if (_u.Ste.Type != Binding.ScopeType.Function)
        {
            Error("'return' outside function", s);
            return;
        }
        if (s.Value != null && _u.Ste.IsCoroutine && _u.Ste.IsGenerator)
        {
            Error("'return' with value in async generator", s);
            return;
        }
        if (preserveTos) VisitExpr(s.Value!);
        UnwindFBlockStack(preserveTos, false);
        if (s.Value == null) LoadConst(Constant.None);
        else if (!preserveTos) VisitExpr(s.Value);
        AddOp(Opcode.RETURN_VALUE);
    }

    private void CompileBreak(BreakStmt s)
    {
        var loop = UnwindFBlockStack(false, true);
        if (loop == null) { Error("'break' outside loop", s); return; }
        UnwindFBlock(loop, false);
        AddJump(Opcode.JUMP_ABSOLUTE, loop.Exit!);
    }

    private void CompileContinue(ContinueStmt s)
    {
        var loop = UnwindFBlockStack(false, true);
        if (loop == null) { Error("'continue' not properly in loop", s); return; }
        AddJump(Opcode.JUMP_ABSOLUTE, loop.Block!);
    }

    /// <summary>expr_constant: 1 or 0 for a constant test, -1 otherwise.</summary>
    private static int ExprConstant(ExprSyntax e) => e is ConstantExpr c ? (ConstantFolder.IsTrue(c.Value) ? 1 : 0) : -1;

    private void CompileIf(IfStmt s)
    {
        var end = NewBlock();
        int constant = ExprConstant(s.Test);
        if (constant == 0)
        {
            _doNotEmit++;
            VisitStmts(s.Body);
            _doNotEmit--;
            VisitStmts(s.OrElse);
        }
        else if (constant == 1)
        {
            VisitStmts(s.Body);
            if (s.OrElse.Count > 0)
            {
                _doNotEmit++;
                VisitStmts(s.OrElse);
                _doNotEmit--;
            }
        }
        else
        {
            var next = s.OrElse.Count > 0 ? NewBlock() : end;
            JumpIf(s.Test, next, false);
            VisitStmts(s.Body);
            if (s.OrElse.Count > 0)
            {
                AddJump(Opcode.JUMP_FORWARD, end);
                UseNextBlock(next);
                VisitStmts(s.OrElse);
            }
        }
        UseNextBlock(end);
    }

    private void CompileWhile(WhileStmt s)
    {
        int constant = ExprConstant(s.Test);
        if (constant == 0)
        {
            _doNotEmit++;
            PushFBlock(FBlockType.WhileLoop, null, null, null, s);
            VisitStmts(s.Body);
            PopFBlock();
            _doNotEmit--;
            VisitStmts(s.OrElse);
            return;
        }
        var loop = NewBlock();
        var end = NewBlock();
        BasicBlock? anchor = constant == -1 ? NewBlock() : null;
        if (s.OrElse.Count > 0) NewBlock(); // compile.c allocates an (unused) orelse block
        UseNextBlock(loop);
        if (!PushFBlock(FBlockType.WhileLoop, loop, end, null, s)) return;
        if (constant == -1) JumpIf(s.Test, anchor!, false);
        VisitStmts(s.Body);
        AddJump(Opcode.JUMP_ABSOLUTE, loop);
        if (constant == -1) UseNextBlock(anchor!);
        PopFBlock();
        VisitStmts(s.OrElse);
        UseNextBlock(end);
    }

    private void CompileFor(ForStmt s)
    {
        var start = NewBlock();
        var cleanup = NewBlock();
        var end = NewBlock();
        if (!PushFBlock(FBlockType.ForLoop, start, end, null, s)) return;
        VisitExpr(s.Iter);
        AddOp(Opcode.GET_ITER);
        UseNextBlock(start);
        AddJump(Opcode.FOR_ITER, cleanup);
        VisitExpr(s.Target);
        VisitStmts(s.Body);
        AddJump(Opcode.JUMP_ABSOLUTE, start);
        UseNextBlock(cleanup);
        PopFBlock();
        VisitStmts(s.OrElse);
        UseNextBlock(end);
    }

    private void CompileTryFinally(TryStmt s)
    {
        var body = NewBlock();
        var end = NewBlock();
        var exit = NewBlock();
        AddJump(Opcode.SETUP_FINALLY, end);
        UseNextBlock(body);
        if (!PushFBlock(FBlockType.FinallyTry, body, end, s.FinalBody, s)) return;
        if (s.Handlers.Count > 0) CompileTryExcept(s);
        else VisitStmts(s.Body);
        AddOp(Opcode.POP_BLOCK);
        PopFBlock();
        VisitStmts(s.FinalBody);
        AddJump(Opcode.JUMP_FORWARD, exit);
        UseNextBlock(end);
        if (!PushFBlock(FBlockType.FinallyEnd, end, null, null, s)) return;
        VisitStmts(s.FinalBody);
        PopFBlock();
        AddOp(Opcode.RERAISE);
        UseNextBlock(exit);
    }

    private void CompileTryExcept(TryStmt s)
    {
        var body = NewBlock();
        var except = NewBlock();
        var orelse = NewBlock();
        var end = NewBlock();
        AddJump(Opcode.SETUP_FINALLY, except);
        UseNextBlock(body);
        if (!PushFBlock(FBlockType.Except, body, null, null, s)) return;
        VisitStmts(s.Body);
        AddOp(Opcode.POP_BLOCK);
        PopFBlock();
        AddJump(Opcode.JUMP_FORWARD, orelse);
        UseNextBlock(except);
        foreach (var handler in s.Handlers)
        {
            _u.LineNoSet = false;
            _u.LineNo = handler.Line;
            except = NewBlock();
            if (handler.Type != null)
            {
                AddOp(Opcode.DUP_TOP);
                VisitExpr(handler.Type);
                AddJump(Opcode.JUMP_IF_NOT_EXC_MATCH, except);
            }
            AddOp(Opcode.POP_TOP);
            if (handler.Name != null)
            {
                var cleanupEnd = NewBlock();
                var cleanupBody = NewBlock();
                NameOp(handler.Name, ExprContext.Store);
                AddOp(Opcode.POP_TOP);
                // try: body finally: name = None; del name
                AddJump(Opcode.SETUP_FINALLY, cleanupEnd);
                UseNextBlock(cleanupBody);
                if (!PushFBlock(FBlockType.HandlerCleanup, cleanupBody, null, handler.Name, handler)) return;
                VisitStmts(handler.Body);
                PopFBlock();
                AddOp(Opcode.POP_BLOCK);
                AddOp(Opcode.POP_EXCEPT);
                LoadConst(Constant.None);
                NameOp(handler.Name, ExprContext.Store);
                NameOp(handler.Name, ExprContext.Del);
                AddJump(Opcode.JUMP_FORWARD, end);
                UseNextBlock(cleanupEnd);
                LoadConst(Constant.None);
                NameOp(handler.Name, ExprContext.Store);
                NameOp(handler.Name, ExprContext.Del);
                AddOp(Opcode.RERAISE);
            }
            else
            {
                var cleanupBody = NewBlock();
                AddOp(Opcode.POP_TOP);
                AddOp(Opcode.POP_TOP);
                UseNextBlock(cleanupBody);
                if (!PushFBlock(FBlockType.HandlerCleanup, cleanupBody, null, null, handler)) return;
                VisitStmts(handler.Body);
                PopFBlock();
                AddOp(Opcode.POP_EXCEPT);
                AddJump(Opcode.JUMP_FORWARD, end);
            }
            UseNextBlock(except);
        }
        AddOp(Opcode.RERAISE);
        UseNextBlock(orelse);
        VisitStmts(s.OrElse);
        UseNextBlock(end);
    }

    private void CallExitWithNones()
    {
        LoadConst(Constant.None);
        AddOp(Opcode.DUP_TOP);
        AddOp(Opcode.DUP_TOP);
        AddOp(Opcode.CALL_FUNCTION, 3);
    }

    private void CompileWith(WithStmt s, int pos)
    {
        var item = s.Items[pos];
        var block = NewBlock();
        var final = NewBlock();
        var exit = NewBlock();
        VisitExpr(item.ContextExpr);
        AddJump(Opcode.SETUP_WITH, final);
        UseNextBlock(block);
        if (!PushFBlock(FBlockType.With, block, final, null, s)) return;
        if (item.OptionalVars != null) VisitExpr(item.OptionalVars);
        else AddOp(Opcode.POP_TOP);
        pos++;
        if (pos == s.Items.Count) VisitStmts(s.Body);
        else CompileWith(s, pos);
        AddOp(Opcode.POP_BLOCK);
        PopFBlock();
        CallExitWithNones();
        AddOp(Opcode.POP_TOP);
        AddJump(Opcode.JUMP_FORWARD, exit);
        UseNextBlock(final);
        AddOp(Opcode.WITH_EXCEPT_START);
        // compiler_with_except_finish
        var exit2 = NewBlock();
        AddJump(Opcode.POP_JUMP_IF_TRUE, exit2);
        AddOp(Opcode.RERAISE);
        UseNextBlock(exit2);
        AddOp(Opcode.POP_TOP);
        AddOp(Opcode.POP_TOP);
        AddOp(Opcode.POP_TOP);
        AddOp(Opcode.POP_EXCEPT);
        AddOp(Opcode.POP_TOP);
        UseNextBlock(exit);
    }

    private void CompileAssert(AssertStmt s)
    {
        var end = NewBlock();
        JumpIf(s.Test, end, true);
        AddOp(Opcode.LOAD_ASSERTION_ERROR);
        if (s.Msg != null)
        {
            VisitExpr(s.Msg);
            AddOp(Opcode.CALL_FUNCTION, 1);
        }
        AddOp(Opcode.RAISE_VARARGS, 1);
        UseNextBlock(end);
    }

    private void CompileAugAssign(AugAssignStmt s)
    {
        var e = s.Target;
        switch (e)
        {
            case AttributeExpr a:
                VisitExpr(a.Value);
                AddOp(Opcode.DUP_TOP);
                AddOpName(Opcode.LOAD_ATTR, a.Attr);
                break;
            case SubscriptExpr sub:
                VisitExpr(sub.Value);
                VisitExpr(sub.Slice);
                AddOp(Opcode.DUP_TOP_TWO);
                AddOp(Opcode.BINARY_SUBSCR);
                break;
            case NameExpr n:
                NameOp(n.Id, ExprContext.Load);
                break;
        }
        VisitExpr(s.Value);
        AddOp(InplaceOp(s.Op));
        switch (e)
        {
            case AttributeExpr a:
                AddOp(Opcode.ROT_TWO);
                AddOpName(Opcode.STORE_ATTR, a.Attr);
                break;
            case SubscriptExpr:
                AddOp(Opcode.ROT_THREE);
                AddOp(Opcode.STORE_SUBSCR);
                break;
            case NameExpr n:
                NameOp(n.Id, ExprContext.Store);
                break;
        }
    }

    private void CompileImport(ImportStmt s)
    {
        foreach (var alias in s.Names)
        {
            LoadConst(Zero);
            LoadConst(Constant.None);
            AddOpName(Opcode.IMPORT_NAME, alias.Name);
            if (alias.AsName != null)
            {
                int dot = alias.Name.IndexOf('.');
                if (dot >= 0)
                {
                    // import a.b.c as d: walk down to c with IMPORT_FROM.
                    var parts = alias.Name.Split('.');
                    for (int i = 1; i < parts.Length; i++)
                    {
                        AddOpNameRaw(Opcode.IMPORT_FROM, parts[i]);
                        if (i == parts.Length - 1) break;
                        AddOp(Opcode.ROT_TWO);
                        AddOp(Opcode.POP_TOP);
                    }
                    NameOp(alias.AsName, ExprContext.Store);
                    AddOp(Opcode.POP_TOP);
                }
                else NameOp(alias.AsName, ExprContext.Store);
            }
            else
            {
                int dot = alias.Name.IndexOf('.');
                NameOp(dot >= 0 ? alias.Name.Substring(0, dot) : alias.Name, ExprContext.Store);
            }
        }
    }

    /// <summary>compiler_annassign: the assignment first, then the annotation where it is kept or checked.</summary>
    private void CompileAnnAssign(AnnAssignStmt s)
    {
        if (s.Value != null)
        {
            VisitExpr(s.Value);
            VisitExpr(s.Target);
        }
        bool moduleOrClass = _u.Kind is UnitKind.Module or UnitKind.Class;
        switch (s.Target)
        {
            case NameExpr n:
                if (s.Simple && moduleOrClass)
                {
                    VisitAnnotation(s.Annotation);
                    AddOpName(Opcode.LOAD_NAME, "__annotations__");
                    LoadConst(Constant.Str(SymbolTable.Mangle(_u.Private, n.Id)));
                    AddOp(Opcode.STORE_SUBSCR);
                }
                break;
            case AttributeExpr a:
                if (s.Value == null) CheckAnnotationExpr(a.Value);
                break;
            case SubscriptExpr sub:
                if (s.Value == null)
                {
                    CheckAnnotationExpr(sub.Value);
                    CheckAnnotationSubscript(sub.Slice);
                }
                break;
        }
        // A non-simple target's annotation is evaluated (and dropped) in modules and classes only.
        if (!s.Simple && moduleOrClass && !_future.Annotations) CheckAnnotationExpr(s.Annotation);
    }

    /// <summary>check_ann_expr: evaluated for its errors, the value dropped.</summary>
    private void CheckAnnotationExpr(ExprSyntax e)
    {
        VisitExpr(e);
        AddOp(Opcode.POP_TOP);
    }

    private void CheckAnnotationSubscript(ExprSyntax e)
    {
        switch (e)
        {
            case SliceExpr sl:
                if (sl.Lower != null) CheckAnnotationExpr(sl.Lower);
                if (sl.Upper != null) CheckAnnotationExpr(sl.Upper);
                if (sl.Step != null) CheckAnnotationExpr(sl.Step);
                break;
            case TupleExpr t:
                foreach (var x in t.Elts) CheckAnnotationSubscript(x);
                break;
            default:
                CheckAnnotationExpr(e);
                break;
        }
    }

    private void CompileFromImport(ImportFromStmt s)
    {
        if (s.Module == "__future__" && s.Level == 0 && s.Line > _future.LastLine)
            Error("from __future__ imports must occur at the beginning of the file", s);
        LoadConst(Constant.Int(s.Level));
        var names = new List<Constant>();
        foreach (var alias in s.Names) names.Add(Constant.Str(alias.Name));
        LoadConst(Constant.Tuple(names));
        AddOpName(Opcode.IMPORT_NAME, s.Module ?? "");
        for (int i = 0; i < s.Names.Count; i++)
        {
            var alias = s.Names[i];
            if (i == 0 && alias.Name == "*")
            {
                AddOp(Opcode.IMPORT_STAR);
                return;
            }
            AddOpName(Opcode.IMPORT_FROM, alias.Name);
            NameOp(alias.AsName ?? alias.Name, ExprContext.Store);
        }
        AddOp(Opcode.POP_TOP);
    }
}
