using System;

namespace GilGen.Runtime;

/// <summary>
/// The .NET exceptions the runtime throws through Python frames on purpose, which no <c>except</c> or
/// <c>finally</c> written in Python may see: an interpreter exiting at once (<see cref="InterpreterExitException"/>),
/// a deterministic schedule aborting (<see cref="ScheduleAbortedException"/>, <see cref="FailingScheduleException"/>),
/// a cancellation (<see cref="OperationCanceledException"/>), and a reference-count slip found in checked mode
/// (<see cref="RefCountViolationException"/>, which must end the run with its .NET stack). Any other non-Python
/// exception in a Python frame is a GilGen bug, which becomes a Python exception there (<see cref="EmittedOps.InternalError"/>).
/// </summary>
internal static class ControlExceptions
{
    /// <summary>True when <paramref name="exception"/> passes through Python frames untouched.</summary>
    public static bool PassesThrough(Exception exception) =>
        exception is InterpreterExitException or ScheduleAbortedException or FailingScheduleException
            or OperationCanceledException or RefCountViolationException;
}
