namespace GilGen;

/// <summary>
/// Which CPython's switching behaviour an interpreter reproduces: it decides which checkpoint sites
/// of the generated code are honoured (see <see cref="GilGen.Runtime.CheckpointMask"/>).
/// </summary>
public enum RuntimeProfile
{
    /// <summary>CPython 3.10+: checkpoints at function entry, backward jumps and calls.</summary>
    Modern,

    /// <summary>CPython 3.9: a checkpoint after every instruction that ends in DISPATCH().</summary>
    Py39,

    /// <summary>
    /// CPython 2.7's old GIL: a check every <c>sys.setcheckinterval</c> ticks (instructions, counted as
    /// 2.7's ceval.c counts them), where the holder releases the GIL and at once tries to take it back
    /// (<see cref="GilGen.Runtime.OldGil"/>). Runs Python 3 code; only the GIL is 2.7's.
    /// </summary>
    Py27,

    /// <summary>
    /// CPython 3.13t (free-threaded, PEP 703): no GIL, threads run Python code in parallel; lists, dicts and
    /// sets lock themselves per object and reference counts are atomic (<see cref="GilGen.Runtime.FreeThreading"/>,
    /// <see cref="GilGen.Runtime.NoGil"/>).
    /// </summary>
    FreeThreaded,
}
