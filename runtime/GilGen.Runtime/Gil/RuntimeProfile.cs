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
}
