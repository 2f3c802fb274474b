using System;
using System.Collections.Generic;
using GilGen.Runtime;

namespace GilGen.Runtime.Tests.Objects;

/// <summary>
/// Checked reference counts (tests/Directory.Build.targets switches them on for every test project): a released
/// object is poisoned, and its use, a count below zero or a second release throws RefCountViolationException.
/// </summary>
public class CheckedRefCountTests
{
    [Fact]
    public void The_test_projects_run_with_checked_reference_counts()
    {
        Assert.True(CheckedRefCounts.Enabled, "tests/Directory.Build.targets sets the GilGen.CheckedRefCounts switch");
        Assert.True(new GilOptions().CheckedRefCounts);
        Assert.Throws<InvalidOperationException>(() => new GilOptions { CheckedRefCounts = false });
    }

    [Fact]
    public void Releasing_to_zero_poisons_and_any_later_use_throws_with_the_type_name()
    {
        using var s = new InterpreterScope();
        var list = PyValue.From(new PyList());
        list.DecRef();
        Assert.Equal(CheckedRefCounts.PoisonedRefCount, list.Obj!.RefCount);

        var uses = new (string Operation, Action Use)[]
        {
            ("IncRef", () => list.IncRef()),
            ("DecRef", () => list.DecRef()),
            ("getattr", () => Ops.GetAttr(s.Ts, list, "append")),
            ("setattr", () => Ops.SetAttr(s.Ts, list, "x", PyValue.None)),
            ("getitem", () => Ops.GetItem(s.Ts, list, PyValue.Int(0))),
            ("setitem", () => Ops.SetItem(s.Ts, list, PyValue.Int(0), PyValue.None)),
            ("delitem", () => Ops.DelItem(s.Ts, list, PyValue.Int(0))),
            ("iter", () => Ops.GetIter(s.Ts, list)),
            ("next", () => Ops.ForIter(s.Ts, list, out _)),
            ("call", () => Ops.Call(s.Ts, list, ReadOnlySpan<PyValue>.Empty, null)),
            ("len", () => Ops.Length(s.Ts, list)),
            ("repr", () => Ops.ReprOf(s.Ts, list)),
            ("str", () => Ops.StrOf(s.Ts, list)),
            ("hash", () => Ops.HashOf(s.Ts, list)),
            ("compare", () => Ops.Compare(s.Ts, list, PyValue.Str("x"), CompareOp.Eq)),
        };
        foreach (var (operation, use) in uses)
        {
            var e = Assert.Throws<RefCountViolationException>(use);
            Assert.StartsWith($"GilGen bug: use of a released 'list' object ({operation})", e.Message);
            Assert.Equal("list", e.TypeName);
        }
    }

    [Fact]
    public void A_violation_is_not_a_Python_exception()
    {
        Assert.False(typeof(PyException).IsAssignableFrom(typeof(RefCountViolationException)));
    }

    /// <summary>A runtime object whose Dealloc drops a reference to itself: the classic double DecRef.</summary>
    private sealed class SelfReleasing : PyObject
    {
        public override PyType Type => PyType.Object;
        public override void Dealloc() => PyValue.From(this).DecRef();
    }

    [Fact]
    public void A_count_that_would_go_below_zero_throws()
    {
        var e = Assert.Throws<RefCountViolationException>(() => PyValue.From(new SelfReleasing()).DecRef());
        Assert.Contains("the reference count of a 'object' object would go below zero (DecRef at 0)", e.Message);
    }

    /// <summary>A runtime object that keeps itself alive from its Dealloc, as a buggy resurrection would.</summary>
    private sealed class Resurrecting : PyObject
    {
        public static readonly List<PyValue> Kept = new();
        public override PyType Type => PyType.Object;
        public override void Dealloc()
        {
            var self = PyValue.From(this);
            self.IncRef();
            Kept.Add(self);
        }
    }

    [Fact]
    public void A_second_release_throws()
    {
        var o = PyValue.From(new Resurrecting());
        o.DecRef();                                  // zero once: Dealloc keeps it (count 1 again, not poisoned)
        Assert.Equal(1, o.Obj!.ReferenceCount);
        Assert.Equal(1, SysModule.RefCountOf(o));     // what sys.getrefcount reports
        Assert.True(o.Obj.IsReleased);
        Assert.False(CheckedRefCounts.IsPoisoned(o.Obj));
        o.IncRef();                                  // a resurrected object is alive: counts go up and down freely
        o.DecRef();
        Resurrecting.Kept.Remove(o);
        var e = Assert.Throws<RefCountViolationException>(() => o.DecRef());
        Assert.Contains("a 'object' object reached reference count zero a second time", e.Message);
    }

    [Fact]
    public void A_released_object_is_deallocated_once()
    {
        var inner = PyValue.From(new PyList());
        var outer = PyValue.From(new PyList(new PyValueList { inner.NewRef() }));
        outer.DecRef();
        Assert.Equal(1, inner.Obj!.RefCount);          // the outer list released its item once
        inner.DecRef();
        Assert.True(CheckedRefCounts.IsPoisoned(inner.Obj));
    }
}
