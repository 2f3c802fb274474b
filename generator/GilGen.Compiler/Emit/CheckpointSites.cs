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
/// </remarks>
internal static class CheckpointSites
{
    public const int Modern = 1;
    public const int Py39 = 2;

    /// <summary>The mask for the check at function entry, before the first instruction.</summary>
    public static int AtEntry(Opcode first) => Modern | (SkipsCheckBefore(first) ? 0 : Py39);

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
        return mask;
    }

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
