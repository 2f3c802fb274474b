using GilGen.Compiler;
using GilGen.Compiler.Bytecode;
using GilGen.Runtime;

namespace GilGen.Emitter.Tests;

/// <summary>
/// An exception raised at a checkpoint (an asynchronous exception; a signal handler's KeyboardInterrupt is
/// raised the same way) in a frame with try blocks is handled in the state the frame is in at that checkpoint:
/// after the instruction the checkpoint follows, with that instruction's results on the stack and its blocks
/// set up or popped. The exception is delivered at every checkpoint of a function in turn (py27's check
/// interval counts the sites deterministically), and each outcome is checked against the bytecode.
/// </summary>
public sealed class CheckpointExceptionTests
{
    private const string Source =
        "class A:\n" +
        "    def __init__(self, name):\n" +
        "        self.name = name\n" +
        "        print('new', name)\n" +
        "    def __del__(self):\n" +
        "        print('del', self.name)\n" +
        "def take(*args):\n" +
        "    return len(args)\n" +
        "def ident(x):\n" +
        "    return x\n" +
        "def jump_out(interrupt_after, k):\n" +
        "    n = 0\n" +
        "    try:\n" +
        "        interrupt_after(k)\n" +
        "        while n < 3:\n" +
        "            try:\n" +
        "                n = n + 1\n" +
        "            except KeyboardInterrupt:\n" +
        "                return 'inner'\n" +
        "    except KeyboardInterrupt:\n" +
        "        return 'outer'\n" +
        "    return 'none'\n" +
        "def after_call(interrupt_after, k):\n" +
        "    try:\n" +
        "        interrupt_after(k)\n" +
        "        take(A('pending'), ident(A('argument')), A('last'))\n" +
        "    except KeyboardInterrupt:\n" +
        "        return 'caught'\n" +
        "    return 'none'\n" +
        "def gen_after_call(interrupt_after, k):\n" +
        "    interrupt_after(k)\n" +
        "    yield take(A('gen pending'), ident(A('gen argument')), A('gen last'))\n" +
        "def busy_loop(interrupt_after, k):\n" +
        "    try:\n" +
        "        interrupt_after(k)\n" +
        "        while True:\n" +
        "            pass\n" +
        "    except KeyboardInterrupt:\n" +
        "        return 'interrupted'\n" +
        "def run_gen(interrupt_after, k):\n" +
        "    for _ in gen_after_call(interrupt_after, k):\n" +
        "        pass\n" +
        "    return 'none'\n" +
        "def plain_after_call(interrupt_after, k):\n" +
        "    interrupt_after(k)\n" +
        "    take(A('plain pending'), ident(A('plain argument')), A('plain last'))\n" +
        "    for a in [A('plain item')]:\n" +
        "        take(a, A('plain body'))\n" +
        "    return 'none'\n" +
        "def bound(a, b):\n" +
        "    return b\n" +
        "def callee_entry(interrupt_after, k):\n" +
        "    interrupt_after(k)\n" +
        "    bound(A('bound argument'), 1)\n" +
        "    return 'none'\n" +
        "def long_plain(interrupt_after, k):\n" +
        "    interrupt_after(k)\n" +
        "    x = take(A('long 1'), ident(A('long 2')))\n" +
        "    x = take(A('long 3'), ident(A('long 4')))\n" +
        "    for a in [A('long item')]:\n" +
        "        x = take(a, ident(A('long 5')), A('long 6'))\n" +
        "    x = take(A('long 7'), ident(A('long 8')))\n" +
        "    x = take(A('long 9'), ident(A('long 10')))\n" +
        "    x = take(A('long 11'), ident(A('long 12')))\n" +
        "    x = take(A('long 13'), ident(A('long 14')))\n" +
        "    return 'none'\n" +
        // Five to eight values pending at a check (take, A('wide 1') ... A('wide 4'), ident, the new A; take, None, k,
        // ident, the new A): the slow path gets them as arguments of their own (its widest overloads); split, and in
        // one method. More than eight (wide_nine: take, nine As, ident, the new A) go as one span.
        "def wide_plain(interrupt_after, k):\n" +
        "    interrupt_after(k)\n" +
        "    take(A('wide 1'), A('wide 2'), A('wide 3'), A('wide 4'), ident(A('wide 5')), A('wide 6'))\n" +
        "    return 'none'\n" +
        "def wide_nine(interrupt_after, k):\n" +
        "    interrupt_after(k)\n" +
        "    take(A('nine 1'), A('nine 2'), A('nine 3'), A('nine 4'), A('nine 5'), A('nine 6'), A('nine 7'), A('nine 8'), A('nine 9'), ident(A('nine 10')))\n" +
        "    return 'none'\n" +
        "def wide_short(interrupt_after, k):\n" +
        "    return take(interrupt_after(k), k, ident(A('short'))) and 'none'\n";

    /// <summary>
    /// A checkpoint after the inner try's POP_BLOCK or at the loop's backward jump is outside the inner try:
    /// only the outer handler may catch what it raises (as CPython's block stack, and 3.12's exception table,
    /// decide); a checkpoint inside the inner try goes to the inner handler, and one after the outer try's
    /// POP_BLOCK leaves the function.
    /// </summary>
    [Fact]
    public void A_checkpoint_after_a_try_block_raises_into_the_enclosing_handler_only()
    {
        var code = FunctionCode("jump_out");
        int innerSetup = code.Instructions.Where(i => i.Opcode == Opcode.SETUP_FINALLY).Select(i => i.Offset).ElementAt(1);
        int innerPop = code.Instructions.First(i => i.Opcode == Opcode.POP_BLOCK && i.Offset > innerSetup).Offset;
        int backwardJump = code.Instructions.First(i => i.Opcode == Opcode.JUMP_ABSOLUTE && i.Offset > innerPop).Offset;
        int outerHandler = code.Instructions.First(i => i.Opcode == Opcode.SETUP_FINALLY).JumpTarget;
        int outerPop = code.Instructions.Last(i => i.Opcode == Opcode.POP_BLOCK && i.Offset < outerHandler).Offset;
        var seen = new HashSet<int>();
        RunAtEveryCheckpoint("jump_out", (result, code, offset, stdout) =>
        {
            Assert.Equal("jump_out", code);
            seen.Add(offset);
            // After the outer try's POP_BLOCK, nothing in the function handles it.
            string expected = offset >= innerSetup && offset < innerPop ? "inner" : offset >= outerPop ? "raised" : "outer";
            Assert.True(expected == result, $"checkpoint after offset {offset}: caught by the {result} handler, expected {expected}");
        });
        Assert.Contains(innerPop, seen);
        Assert.Contains(backwardJump, seen);
        Assert.Contains(seen, o => o >= innerSetup && o < innerPop);
    }

    /// <summary>
    /// <c>try: while True: pass</c> is interrupted at its backward jump, in a try block whose body cannot raise
    /// by itself: the handler is there for the checkpoint (before, the emitter had no handler to enter).
    /// </summary>
    [Fact]
    public void A_busy_loop_in_a_try_block_is_interrupted_into_its_handler()
    {
        var code = FunctionCode("busy_loop");
        int jump = code.Instructions.First(i => i.Opcode == Opcode.JUMP_ABSOLUTE).Offset;
        int runs = 0;
        RunAtEveryCheckpoint("busy_loop", (result, name, offset, stdout) =>
        {
            Assert.Equal("interrupted", result);
            if (offset == jump) runs++;
        }, stopAfter: 12);
        Assert.True(runs > 0, "no run was interrupted at the backward jump");
    }

    /// <summary>
    /// A checkpoint after a call raises with the call's result on the stack and its arguments already released:
    /// the handler's unwinding releases the result and what lies below, top first, each object once (under
    /// checked reference counts a second release would throw).
    /// </summary>
    [Theory]
    [InlineData("after_call")]
    [InlineData("run_gen")]
    public void A_checkpoint_after_a_call_releases_the_calls_result_and_the_stack_below_once(string function)
    {
        int raised = 0;
        RunAtEveryCheckpoint(function, (result, code, offset, stdout) =>
        {
            raised++;
            // Every object whose __init__ ran is finalized by the time the handler (or the caller) has the exception,
            // and none twice (an object whose __init__ the exception interrupted at its entry is finalized too).
            var lines = stdout.Split('\n');
            var made = lines.Where(l => l.StartsWith("new ", StringComparison.Ordinal)).Select(l => l.Substring(4)).ToList();
            var deleted = lines.Where(l => l.StartsWith("del ", StringComparison.Ordinal)).Select(l => l.Substring(4)).ToList();
            Assert.True(deleted.Distinct().Count() == deleted.Count && made.All(deleted.Contains),
                $"checkpoint after offset {offset} ({result}): made and finalized differ:\n{stdout}");
        });
        Assert.True(raised > 3, "the exception was raised at too few checkpoints: " + raised);
    }

    /// <summary>
    /// In a frame without try blocks, one method (callee_entry, under 16 instructions) or split (16 or more:
    /// plain_after_call and long_plain), a checkpoint that raises releases
    /// what is on the stack there (the slow path gets the values), and a function's entry checkpoint releases the
    /// arguments already bound: every object made is finalized once, at whichever checkpoint the exception comes.
    /// </summary>
    [Theory]
    [InlineData("plain_after_call")]
    [InlineData("callee_entry")]
    [InlineData("long_plain")]
    [InlineData("wide_plain")]
    [InlineData("wide_nine")]
    [InlineData("wide_short")]
    public void A_checkpoint_in_a_frame_without_try_releases_its_stack_and_the_bound_arguments(string function)
    {
        if (function is not ("callee_entry" or "wide_short")) Assert.True(FunctionCode(function).Instructions.Count >= 16, function + " is too short to be split");
        else Assert.True(FunctionCode(function).Instructions.Count < 16, function + " is too long to keep one method");
        var offsets = new HashSet<(string, int)>();
        RunAtEveryCheckpoint(function, (result, code, offset, stdout) =>
        {
            Assert.Equal("raised", result);
            offsets.Add((code, offset));
            var lines = stdout.Split('\n');
            var made = lines.Where(l => l.StartsWith("new ", StringComparison.Ordinal)).Select(l => l.Substring(4)).ToList();
            var deleted = lines.Where(l => l.StartsWith("del ", StringComparison.Ordinal)).Select(l => l.Substring(4)).ToList();
            Assert.True(deleted.Distinct().Count() == deleted.Count && made.All(deleted.Contains),
                $"checkpoint after offset {offset} of {code}: made and finalized differ:\n{stdout}");
        }, raised: (code, offset, traceback) =>
        {
            // Raised at a function's entry, the exception has passed through that function: it is in the traceback.
            if (offset == -2) Assert.Contains($"in {code}", traceback, StringComparison.Ordinal);
        });
        // Checks with values on the stack were among them: after a call inside the loop, at the loop's jump.
        Assert.Contains(offsets, o => o.Item1 == function && o.Item2 > 0);
        if (function == "callee_entry") Assert.Contains(("bound", -2), offsets);
    }

    /// <summary>
    /// Runs <paramref name="function"/> under py27 with the asynchronous exception delivered at its k-th checkpoint,
    /// for k = 0, 1, 2, ... until it returns without the exception; <paramref name="check"/> gets what it returned
    /// (or "raised"), the code object and the offset of the instruction the raising checkpoint follows (as the
    /// exception is thrown), and what it printed.
    /// </summary>
    private static void RunAtEveryCheckpoint(string function, Action<string, string, int, string> check, int stopAfter = 200,
        Action<string, int, string>? raised = null)
    {
        var compiled = PythonCompiler.Compile(Source, "checkpoint_exceptions.py");
        Assert.True(compiled.Success);
        var definition = ExampleRunTests.Load("checkpoint_exceptions", Source, compiled.Module!);
        var stdout = new StringWriter();
        var interp = new GilInterpreter(new GilOptions { Profile = RuntimeProfile.Py27, Stdout = stdout, Stderr = new StringWriter() });
        var module = interp.Run(definition, "checkpoint_exceptions");
        PyException? armed = null;
        (string Code, int Offset)? raisedAt = null;
        var interruptAfter = PyValue.From(new PyBuiltinFunction("interrupt_after", (ts, args, kw) =>
        {
            // The new interval makes the next tick a check: that one is made here, so the exception waits k ticks more.
            ts.Interp.CheckInterval = (int)args[0].IntValue;
            ts.HandleEvalBreaker();
            ts.SetAsyncException(armed);
            return PyValue.None;
        }));
        var ts = interp.Ensure();
        // Where the checkpoint that raises is, read as it throws (later checks, in a handler or a __del__, move it).
        EventHandler<System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs> atThrow = (_, e) =>
        {
            if (ReferenceEquals(e.Exception, armed) && raisedAt == null && ts.CheckpointCode is { } code) raisedAt = (code.Name, ts.CheckpointOffset);
        };
        AppDomain.CurrentDomain.FirstChanceException += atThrow;
        try
        {
            var fn = module.GetGlobal(function);
            for (int k = 0; k < stopAfter; k++)
            {
                stdout.GetStringBuilder().Clear();
                armed = PyErr.New(ExceptionTypes.KeyboardInterrupt);
                raisedAt = null;
                string result;
                try
                {
                    var value = Ops.Call(ts, fn, new[] { interruptAfter, PyValue.Int(k) }, null);
                    result = value.Obj is PyStr s ? s.Value : value.ToString() ?? "";
                    value.DecRef();
                }
                catch (PyException e) when (e.TypeValue.Obj == ExceptionTypes.KeyboardInterrupt)
                {
                    result = "raised";
                    if (raisedAt is { } at) raised?.Invoke(at.Code, at.Offset, e.FormatTraceback());
                    // The exception is released here, as a handler's end releases it: with it go the frames'
                    // locals its traceback kept (CPython's traceback keeps the frames).
                    e.Value.DecRef();
                }
                // Not delivered inside the function (it has fewer checkpoints): withdrawn, and every one was tried.
                ts.SetAsyncException(null);
                if (result == "none") return;
                Assert.True(raisedAt != null, $"k = {k}: {result}, but the exception was not thrown at a checkpoint");
                check(result, raisedAt.Value.Code, raisedAt.Value.Offset, stdout.ToString());
            }
            // An endless function is stopped here; any other is expected to run out of checkpoints before.
            Assert.True(stopAfter < 200, "the exception was still delivered after 200 checkpoints");
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= atThrow;
            interp.Release(ts);
        }
    }

    private static CodeObject FunctionCode(string name)
    {
        var compiled = PythonCompiler.Compile(Source, "checkpoint_exceptions.py");
        return compiled.Module!.Constants.Where(c => c.Kind == ConstantKind.Code).Select(c => c.Code!).Single(c => c.Name == name);
    }
}
