using GilGen.Compiler.Bytecode;

namespace GilGen.Compiler.Emit;

/// <summary>
/// Where a thread may be asked to give up the GIL, per runtime profile. The emitter writes one
/// check per site, <c>if ((interp.EvalBreaker &amp; MASK) != 0) ts.HandleEvalBreaker();</c>, whose mask
/// holds the profiles that honour the site; the runtime sets only the active profile's bit.
/// </summary>
/// <remarks>
/// <para><b>py39</b> follows CPython 3.9's ceval.c: the eval breaker is tested at the top of the loop,
/// before each instruction, except after an instruction that ended in <c>FAST_DISPATCH()</c> (the
/// cheap ones: LOAD_FAST, LOAD_CONST, STORE_FAST, POP_TOP, the ROTs and DUPs, JUMP_FORWARD, IS_OP,
/// CONTAINS_OP, and a conditional jump whose condition was a bool) and except just before
/// SETUP_FINALLY or SETUP_WITH, so that a block is never left half set up. With computed gotos
/// (every Linux build) PREDICT() is a no-op, so no other instruction skips the test. That is why
/// <c>n += 1</c> (LOAD_GLOBAL, LOAD_CONST, INPLACE_ADD, STORE_GLOBAL) can be interrupted after
/// LOAD_GLOBAL and after INPLACE_ADD, and lose an update.</para>
/// <para><b>modern</b> follows CPython 3.10+: the test happens only at function entry, on backward
/// jumps and after calls, so <c>counter += 1</c> in a loop runs from load to store uninterrupted.</para>
/// <para><b>py27</b> follows CPython 2.7's ceval.c, where a site is a <i>tick</i>, not yet a check: the
/// loop top decrements <c>_Py_Ticker</c> before every instruction reached by <c>continue</c>, and only
/// when it falls below zero (every <c>sys.setcheckinterval</c> ticks) does the thread check. An
/// instruction reached by <c>goto fast_next_opcode</c> (after NOP, LOAD_FAST, LOAD_CONST, STORE_FAST,
/// POP_TOP, the ROTs and DUPs, JUMP_FORWARD, a conditional jump on a bool) or by a successful
/// <c>PREDICT()</c> (2.7 has no computed gotos, so its predictions jump straight to the predicted
/// case) is not counted: COMPARE_OP then POP_JUMP_IF_FALSE/TRUE, GET_ITER then FOR_ITER, FOR_ITER then
/// STORE_FAST/UNPACK_SEQUENCE, LIST_APPEND/SET_ADD/MAP_ADD then JUMP_ABSOLUTE. The 3.x instructions
/// IS_OP and CONTAINS_OP are 2.7's COMPARE_OP, and JUMP_IF_NOT_EXC_MATCH is its exception-match
/// COMPARE_OP fused with the predicted, bool-testing jump. See docs/architecture/design.md.</para>
/// </remarks>
internal static class CheckpointSites
{
    public const int Modern = 1;
    public const int Py39 = 2;
    public const int Py27 = 4;

    /// <summary>
    /// Set while py39 counts a paced switch interval coarsely: only the counting sites (backward jumps and
    /// entries, see <see cref="PacedCheckpointWeights"/>) test it, and subtract their weight inline.
    /// </summary>
    public const int Paced = 8;

    /// <summary>The profiles whose check after a conditional jump is skipped when the condition was a bool.</summary>
    public const int BoolFastJump = Py39 | Py27;

    /// <summary>
    /// The offset the check at function entry names (<c>ts.HandleEvalBreaker(code, -2)</c>): it comes before the
    /// first instruction, and 0 already names the check after that instruction, so a report that took the
    /// entry for offset 0 would show the first instruction as run twice, or a read that has not happened.
    /// The runtime's <c>CheckpointLocation.EntryOffset</c> is the same number.
    /// </summary>
    public const int EntryOffset = -2;

    /// <summary>The mask for the check at function entry, before the first instruction.</summary>
    public static int AtEntry(Opcode first) => Modern | (SkipsCheckBefore(first) ? 0 : Py39) | (SkipsTickBefore(first) ? 0 : Py27);

    /// <summary>
    /// The mask for the check after <paramref name="op"/> when control goes on to <paramref name="next"/>;
    /// <paramref name="backward"/> is true when that step is a taken jump to an earlier offset.
    /// Conditional jumps' py39 checks depend on the condition's type and are decided by the emitter.
    /// </summary>
    public static int After(Opcode op, Opcode next, bool backward)
    {
        int mask = 0;
        if (EndsInDispatch(op) && !SkipsCheckBefore(next)) mask |= Py39;
        if (backward || IsCall(op)) mask |= Modern;
        if (TicksAfter(op) && !IsPredicted(op, next) && !SkipsTickBefore(next)) mask |= Py27;
        return mask;
    }

    /// <summary>
    /// CPython 2.7 does not count the tick before SETUP_FINALLY either: its loop counts it and defers the
    /// check by one instruction; GilGen, whose sites cannot see the instruction after them at run time,
    /// leaves the tick out (one tick fewer per <c>try</c> entered). YIELD_FROM and BEFORE_ASYNC_WITH
    /// (no 2.7 counterpart) are skipped as under py39.
    /// </summary>
    private static bool SkipsTickBefore(Opcode next) => next is Opcode.SETUP_FINALLY or Opcode.YIELD_FROM or Opcode.BEFORE_ASYNC_WITH;

    // 2.7's instructions that end in `continue` (not `goto fast_next_opcode`), so the next one is ticked.
    private static bool TicksAfter(Opcode op) => op switch
    {
        Opcode.NOP or Opcode.LOAD_FAST or Opcode.LOAD_CONST or Opcode.STORE_FAST or Opcode.POP_TOP
            or Opcode.ROT_TWO or Opcode.ROT_THREE or Opcode.ROT_FOUR or Opcode.DUP_TOP or Opcode.DUP_TOP_TWO
            or Opcode.JUMP_FORWARD or Opcode.EXTENDED_ARG or Opcode.JUMP_IF_NOT_EXC_MATCH => false,
        _ => true,
    };

    // 2.7's PREDICT() pairs: the second instruction is entered without passing the loop top.
    private static bool IsPredicted(Opcode op, Opcode next) => op switch
    {
        Opcode.COMPARE_OP or Opcode.IS_OP or Opcode.CONTAINS_OP => next is Opcode.POP_JUMP_IF_FALSE or Opcode.POP_JUMP_IF_TRUE,
        Opcode.GET_ITER => next is Opcode.FOR_ITER,
        Opcode.FOR_ITER => next is Opcode.STORE_FAST or Opcode.UNPACK_SEQUENCE,
        Opcode.LIST_APPEND or Opcode.SET_ADD or Opcode.MAP_ADD => next is Opcode.JUMP_ABSOLUTE,
        _ => false,
    };

    /// <summary>
    /// ceval.c skips the test when the next instruction sets up a block, and before YIELD_FROM (a
    /// resumed <c>yield from</c>/<c>await</c> re-runs it) so that delegation is never interrupted.
    /// </summary>
    public static bool SkipsCheckBefore(Opcode next) => next is Opcode.SETUP_FINALLY or Opcode.SETUP_WITH
        or Opcode.YIELD_FROM or Opcode.BEFORE_ASYNC_WITH;

    /// <summary>
    /// The mask for the check when a generator resumes after YIELD_VALUE before <paramref name="next"/>:
    /// CPython 3.9 enters its loop there (and tests unless <paramref name="next"/> skips the test); 3.11+
    /// test in RESUME after a yield. A resumed <c>yield from</c>/<c>await</c> has no check in either.
    /// </summary>
    public static int AfterYield(Opcode next) => AtEntry(next);

    /// <summary>True for a conditional jump that FAST_DISPATCHes when its condition is exactly True or False.</summary>
    public static bool IsBoolFastJump(Opcode op) => op is Opcode.POP_JUMP_IF_FALSE or Opcode.POP_JUMP_IF_TRUE
        or Opcode.JUMP_IF_FALSE_OR_POP or Opcode.JUMP_IF_TRUE_OR_POP;

    public static bool IsCall(Opcode op) => op is Opcode.CALL_FUNCTION or Opcode.CALL_FUNCTION_KW
        or Opcode.CALL_FUNCTION_EX or Opcode.CALL_METHOD;

    private static bool EndsInDispatch(Opcode op) => op switch
    {
        Opcode.NOP or Opcode.LOAD_FAST or Opcode.LOAD_CONST or Opcode.STORE_FAST or Opcode.POP_TOP
            or Opcode.ROT_TWO or Opcode.ROT_THREE or Opcode.ROT_FOUR or Opcode.DUP_TOP or Opcode.DUP_TOP_TWO
            or Opcode.JUMP_FORWARD or Opcode.IS_OP or Opcode.CONTAINS_OP or Opcode.EXTENDED_ARG => false,
        _ => true,
    };
}
