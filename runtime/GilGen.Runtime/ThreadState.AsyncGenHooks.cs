namespace GilGen.Runtime;

// sys.set_asyncgen_hooks: per thread, as CPython keeps them in the thread state.
public sealed partial class ThreadState
{
    private PyValue _asyncGenFirstIter = PyValue.None, _asyncGenFinalizer = PyValue.None;

    /// <summary>
    /// The thread's asynchronous generator hooks (borrowed; None when unset): <c>firstiter</c> is called with a
    /// generator at its first <c>__anext__</c>, <c>asend</c>, <c>athrow</c> or <c>aclose</c>, which keeps <c>finalizer</c>
    /// to be called with it when it goes. asyncio's event loop sets them while it runs.
    /// </summary>
    internal (PyValue FirstIter, PyValue Finalizer) AsyncGenHooks => (_asyncGenFirstIter, _asyncGenFinalizer);

    /// <summary>sys.set_asyncgen_hooks: replaces the hooks given (borrowed), leaving a null one as it is.</summary>
    internal void SetAsyncGenHooks(PyValue? firstIter, PyValue? finalizer)
    {
        if (firstIter is PyValue f) Replace(ref _asyncGenFirstIter, f);
        if (finalizer is PyValue z) Replace(ref _asyncGenFinalizer, z);
    }

    private static void Replace(ref PyValue field, PyValue value)
    {
        var old = field;
        field = value.NewRef();
        old.DecRef();
    }
}
