namespace GilGen.Compiler.Emit;

/// <summary>What a block on ceval's block stack is for.</summary>
internal enum BlockKind
{
    /// <summary>Pushed by SETUP_FINALLY or SETUP_WITH: an exception jumps to <see cref="Block.Handler"/>.</summary>
    Finally,
    /// <summary>Pushed when a handler starts; POP_EXCEPT pops it and restores the previous handled exception.</summary>
    ExceptHandler,
}

/// <summary>One entry of ceval's per-frame block stack (PyTryBlock).</summary>
/// <param name="Kind">What the block is for.</param>
/// <param name="Handler">The handler's offset (Finally only).</param>
/// <param name="Level">The stack depth to unwind to.</param>
internal sealed record Block(BlockKind Kind, int Handler, int Level);

/// <summary>
/// An immutable block stack. CPython 3.9's compiler guarantees that every path reaching an
/// instruction has the same block stack, so the emitter can resolve it statically: it never
/// exists at run time, only in which handler each instruction's catch jumps to.
/// </summary>
internal sealed class BlockStack
{
    public static readonly BlockStack Empty = new(null, null, 0);

    private BlockStack(Block? top, BlockStack? rest, int count)
    {
        Top = top;
        Rest = rest;
        Count = count;
    }

    public Block? Top { get; }
    public BlockStack? Rest { get; }
    public int Count { get; }

    public BlockStack Push(Block block) => new(block, this, Count + 1);

    public BlockStack Pop() => Rest ?? Empty;

    /// <summary>The innermost Finally block: where an exception raised here goes, after popping the blocks above it.</summary>
    public Block? InnermostFinally
    {
        get
        {
            for (var s = this; s != null && s.Top != null; s = s.Rest)
            {
                if (s.Top.Kind == BlockKind.Finally) return s.Top;
            }
            return null;
        }
    }

    /// <summary>The stack above the innermost Finally block, and that block popped: the state a handler starts from.</summary>
    public BlockStack BelowInnermostFinally()
    {
        for (var s = this; s != null && s.Top != null; s = s.Rest)
        {
            if (s.Top.Kind == BlockKind.Finally) return s.Pop();
        }
        return Empty;
    }

    /// <summary>How many ExceptHandler blocks are on the stack: the index of the next handler's saved exception.</summary>
    public int ExceptHandlerCount
    {
        get
        {
            int n = 0;
            for (var s = this; s != null && s.Top != null; s = s.Rest)
            {
                if (s.Top.Kind == BlockKind.ExceptHandler) n++;
            }
            return n;
        }
    }
}
