namespace GilGen.Runtime;

/// <summary>A snapshot of what the GIL has done since the interpreter started; tests assert on these.</summary>
/// <param name="Switches">Times the GIL was taken by a thread other than its last holder (CPython's switch_number).</param>
/// <param name="DropRequests">Times a waiter timed out after a switch interval without a switch and asked the holder to drop the GIL.</param>
/// <param name="CheckpointDrops">Times a holder dropped the GIL at a checkpoint because of a drop request.</param>
/// <param name="ForcedSwitchWaits">Times a dropping thread waited until another thread had taken the GIL (FORCE_SWITCHING).</param>
/// <param name="Takes">Times any thread took the GIL.</param>
public readonly record struct GilCounters(long Switches, long DropRequests, long CheckpointDrops, long ForcedSwitchWaits, long Takes);
