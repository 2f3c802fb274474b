using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Compiler.Bytecode;

// async for and async with, as CPython 3.9's compiler_async_for / compiler_async_with emit them.
internal sealed partial class CodeGenerator
{
    /// <summary>await TOS: GET_AWAITABLE, then delegate to it with YIELD_FROM.</summary>
    private void AwaitTop()
    {
        AddOp(Opcode.GET_AWAITABLE);
        LoadConst(Constant.None);
        AddOp(Opcode.YIELD_FROM);
    }

    private bool InAsyncFunction => _u.Kind == UnitKind.Function && _u.Ste.IsCoroutine;

    private void CompileAsyncFor(ForStmt s)
    {
        if (!InAsyncFunction)
        {
            Error("'async for' outside async function", s);
            return;
        }
        var start = NewBlock();
        var except = NewBlock();
        var end = NewBlock();
        VisitExpr(s.Iter);
        AddOp(Opcode.GET_AITER);
        UseNextBlock(start);
        if (!PushFBlock(FBlockType.ForLoop, start, end, null, s)) return;
        // SETUP_FINALLY guards the __anext__ call: StopAsyncIteration ends the loop.
        AddJump(Opcode.SETUP_FINALLY, except);
        AddOp(Opcode.GET_ANEXT);
        LoadConst(Constant.None);
        AddOp(Opcode.YIELD_FROM);
        AddOp(Opcode.POP_BLOCK);
        VisitExpr(s.Target);
        VisitStmts(s.Body);
        AddJump(Opcode.JUMP_ABSOLUTE, start);
        PopFBlock();
        UseNextBlock(except);
        // CPython 3.9 lists END_ASYNC_FOR under the else clause's first line when there is one.
        if (s.OrElse.Count > 0)
        {
            _u.LineNo = s.OrElse[0].Line;
            _u.LineNoSet = false;
        }
        AddOp(Opcode.END_ASYNC_FOR);
        VisitStmts(s.OrElse);
        UseNextBlock(end);
    }

    private void CompileAsyncWith(WithStmt s, int pos)
    {
        if (!InAsyncFunction)
        {
            Error("'async with' outside async function", s);
            return;
        }
        var item = s.Items[pos];
        var block = NewBlock();
        var final = NewBlock();
        var exit = NewBlock();
        VisitExpr(item.ContextExpr);
        AddOp(Opcode.BEFORE_ASYNC_WITH);
        AwaitTop();
        AddJump(Opcode.SETUP_ASYNC_WITH, final);
        UseNextBlock(block);
        if (!PushFBlock(FBlockType.AsyncWith, block, final, null, s)) return;
        if (item.OptionalVars != null) VisitExpr(item.OptionalVars);
        else AddOp(Opcode.POP_TOP);
        pos++;
        if (pos == s.Items.Count) VisitStmts(s.Body);
        else CompileAsyncWith(s, pos);
        PopFBlock();
        AddOp(Opcode.POP_BLOCK);
        CallExitWithNones();
        AwaitTop();
        AddOp(Opcode.POP_TOP);
        AddJump(Opcode.JUMP_ABSOLUTE, exit);
        UseNextBlock(final);
        AddOp(Opcode.WITH_EXCEPT_START);
        AwaitTop();
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
}
