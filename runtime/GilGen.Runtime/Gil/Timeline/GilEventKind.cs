namespace GilGen.Runtime;

/// <summary>What a thread did with the GIL, as a <see cref="GilTimeline"/> records it.</summary>
public enum GilEventKind : byte
{
    /// <summary>The thread entered the interpreter.</summary>
    ThreadStart,

    /// <summary>The thread left the interpreter for good.</summary>
    ThreadExit,

    /// <summary>The thread started waiting for the GIL.</summary>
    Wait,

    /// <summary>The thread took the GIL.</summary>
    Take,

    /// <summary>The thread gave the GIL up at a checkpoint (a drop request, or the old GIL's check) or on leaving.</summary>
    Drop,

    /// <summary>The thread gave the GIL up around a blocking call (sleep, lock wait, join, I/O).</summary>
    DropBlocking,

    /// <summary>The thread, waiting, asked the holder to drop the GIL (its switch interval ran out).</summary>
    DropRequest,

    /// <summary>The thread dropped the GIL on request and waited until another thread had taken it (FORCE_SWITCHING).</summary>
    ForcedSwitch,

    /// <summary>
    /// The thread gave the GIL up at an old-GIL check (<see cref="OldGil"/>) and found it taken when it tried to
    /// take it back: another thread won it. Recorded by the loser, so a moment after the hand-over; the
    /// winner's take is not recorded but inferred (<see cref="GilTimeline.Snapshot"/>).
    /// </summary>
    LostAtCheck,
}
