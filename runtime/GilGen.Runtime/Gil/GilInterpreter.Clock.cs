using System;
using GilGen.Runtime;

namespace GilGen;

// The one clock the interpreter reads: time.*, wait deadlines.
public sealed partial class GilInterpreter
{
    /// <summary>
    /// Where <c>time.time()</c>, <c>time.monotonic()</c> and wait deadlines read the time: the system clock,
    /// or the virtual clock of a <see cref="DeterministicScheduler"/> (where <c>sleep(10)</c> takes no wall time).
    /// </summary>
    public TimeProvider Clock => Scheduler is DeterministicScheduler d ? d.Clock : TimeProvider.System;
}
