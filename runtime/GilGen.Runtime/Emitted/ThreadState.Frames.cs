namespace GilGen.Runtime;

public sealed partial class ThreadState
{
    // Set by EmittedOps.CallOwned just before a Python function's body runs, cleared by the body.
    private bool _argumentsTransferred;

    /// <summary>
    /// Called first thing by every generated function body: true when the caller handed over its
    /// references to the arguments (CPython 3.11+ moves them from the caller's stack into the new
    /// frame), so the body must not add its own. Other callers (builtins, threads) lend them.
    /// </summary>
    public bool TakeTransferredArguments()
    {
        bool transferred = _argumentsTransferred;
        _argumentsTransferred = false;
        return transferred;
    }

    internal bool ArgumentsTransferred
    {
        get => _argumentsTransferred;
        set => _argumentsTransferred = value;
    }
}
