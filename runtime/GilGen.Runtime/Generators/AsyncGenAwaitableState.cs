namespace GilGen.Runtime;

/// <summary>Where an asynchronous generator's awaitable is (CPython's AWAITABLE_STATE_*).</summary>
internal enum AsyncGenAwaitableState
{
    /// <summary>Not iterated yet.</summary>
    Init,
    /// <summary>Being iterated.</summary>
    Iter,
    /// <summary>Finished: iterating it again is a RuntimeError.</summary>
    Closed,
}
