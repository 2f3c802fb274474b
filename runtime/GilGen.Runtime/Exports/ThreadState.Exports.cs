using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

public sealed partial class ThreadState
{
    /// <summary>
    /// The <c>ReleasesGil</c> export this thread is running without the GIL, or null. Set and cleared by
    /// <see cref="ExportCall"/> (nested exports restore the outer one).
    /// </summary>
    internal ExportedFunction? ExportWithoutGil;

    /// <summary>
    /// Refuses to run Python for an export that released the GIL and did not take it back (through a
    /// <c>[GilFunction]</c>, whose Ensure takes it): a field test on the call path, so that the mistake is a
    /// clear error naming the export instead of two threads in the interpreter at once. docs/exports.md.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void RequireGil()
    {
        if (ExportWithoutGil is not null && !HoldsGil) ThrowGilNotHeld();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowGilNotHeld() => throw new GilNotHeldException(ExportWithoutGil!);
}
