using GilGen.Runtime;
using GilGen.Runtime.Tests.Objects;

namespace GilGen.Runtime.Tests.Exceptions;

/// <summary>The thread state's handled exceptions own the reference a thrown exception carried (runtime-contract.md).</summary>
public class HandledExceptionOwnershipTests
{
    [Fact]
    public void PopHandledExceptionReleasesTheReferenceThePushTook()
    {
        using var s = new InterpreterScope();
        var e = PyErr.ValueError("bad");
        e.Value.IncRef();   // the test's own reference, to read the count after the pop
        s.Ts.PushHandledException(e);
        Assert.Equal(2, e.Value.Obj!.RefCount);
        s.Ts.PopHandledException();
        Assert.Equal(1, e.Value.Obj!.RefCount);
        Assert.Null(s.Ts.CurrentHandledException);
        e.Value.DecRef();
    }

    [Fact]
    public void TakeHandledExceptionHandsTheReferenceOver()
    {
        using var s = new InterpreterScope();
        var e = PyErr.ValueError("bad");
        s.Ts.PushHandledException(e);
        var taken = s.Ts.TakeHandledException();
        Assert.Same(e, taken);
        Assert.Equal(1, e.Value.Obj!.RefCount);
        Assert.Null(s.Ts.CurrentHandledException);
        s.Ts.PushHandledException(taken!);
        s.Ts.PopHandledException();
        Assert.Null(s.Ts.TakeHandledException());
    }

    [Fact]
    public void RaiseConsumingReleasesItsOperandEvenWhenItFails()
    {
        using var s = new InterpreterScope();
        var notAnException = PyValue.From(new PyList());
        notAnException.IncRef();
        var thrown = Assert.Throws<PyException>(() => GilGen.Runtime.Ops.RaiseConsuming(s.Ts, notAnException, PyValue.Unbound));
        Assert.Equal("TypeError", thrown.Instance.Type.Name);
        Assert.Equal(1, notAnException.Obj!.RefCount);
        thrown.Value.DecRef();
        notAnException.DecRef();
    }
}
