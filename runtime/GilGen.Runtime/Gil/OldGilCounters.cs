namespace GilGen.Runtime;

/// <summary>What the old GIL (<see cref="OldGil"/>) has done since the interpreter started; tests assert on these.</summary>
/// <param name="Checks">Checks made: the holder released the GIL and took it back (one every <c>sys.getcheckinterval() + 1</c> ticks, as 2.7 counts).</param>
/// <param name="HandOffs">Checks after which another thread ran before the releaser got the GIL back.</param>
/// <param name="Waits">Takes that found the GIL held and had to wait for it.</param>
/// <param name="Takes">Times any thread took the GIL.</param>
/// <param name="Switches">Times the GIL was taken by a thread other than its last holder.</param>
public readonly record struct OldGilCounters(long Checks, long HandOffs, long Waits, long Takes, long Switches);
