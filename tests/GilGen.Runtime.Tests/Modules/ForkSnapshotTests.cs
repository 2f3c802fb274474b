using System;
using System.Collections.Generic;
using System.Threading;
using GilGen;
using GilGen.Runtime;

namespace GilGen.Runtime.Tests.Modules;

/// <summary>
/// ForkSnapshot, the copy a process started by fork begins from: the parent's __main__ is rebuilt in another
/// interpreter as it was when the snapshot was taken, deep (shared references and cycles kept, nothing shared
/// with the parent), locks in their state, and a stand-in that fails on use for what cannot be copied.
/// </summary>
public class ForkSnapshotTests
{
    // Runs a __main__ whose body binds the globals `make` returns, takes the snapshot, then lets `after` change
    // the parent; returns the child's __main__ built on another OS thread in a second interpreter, and checks it there.
    private static void ForkAndCheck(Func<ThreadState, Dictionary<string, PyValue>> make, Action<ThreadState, PyModule> after,
                                     Action<ThreadState, PyModule> check)
    {
        var parent = new GilInterpreter(new GilOptions());
        ForkSnapshot? snapshot = null;
        var def = new ModuleDefinition("__main__", new SourceText("main.py", ""), Array.Empty<string>(), (ts, module) =>
        {
            foreach (var (name, value) in make(ts))
            {
                module.SetGlobal(name, value);
                value.DecRef();
            }
            snapshot = ForkSnapshot.Take(ts);
            after(ts, module);
            return PyValue.None;
        });
        parent.Run(def);
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                var child = new GilInterpreter(new GilOptions());
                var ts = child.Ensure();
                try
                {
                    snapshot!.Restore(ts);
                    var main = child.Modules.Find("__main__");
                    Assert.NotNull(main);
                    check(ts, main!);
                }
                finally { child.Release(ts); }
            }
            catch (Exception e) { failure = e; }
        });
        thread.Start();
        thread.Join();
        if (failure != null) throw new Xunit.Sdk.XunitException("in the child: " + failure);
    }

    private static PyValue Global(PyModule m, string name)
    {
        var v = m.GetGlobal(name);
        v.DecRef();  // the module keeps it alive for the check
        return v;
    }

    private static PyList ListOf(params long[] items)
    {
        var list = new PyList(new PyValueList());
        foreach (var i in items) list.Items.Add(PyValue.Int(i));
        return list;
    }

    [Fact]
    public void TheChildGetsADeepCopyAsOfTheSnapshot()
    {
        PyList? parentList = null;
        ForkAndCheck(ts =>
        {
            parentList = ListOf(1, 2);
            var pair = new PyTuple(new[] { PyValue.From(parentList).NewRef(), PyValue.From(parentList).NewRef() });
            var cycle = new PyList(new PyValueList());
            cycle.Items.Add(PyValue.From(cycle).NewRef());
            return new Dictionary<string, PyValue>
            {
                ["items"] = PyValue.From(parentList),
                ["pair"] = PyValue.From(pair),
                ["cycle"] = PyValue.From(cycle),
                ["text"] = PyValue.Str("hello"),
            };
        },
        (ts, module) =>
        {
            // After the snapshot: not seen by the child.
            parentList!.Items.Add(PyValue.Int(3));
            var changed = PyValue.Str("changed");
            module.SetGlobal("text", changed);
            changed.DecRef();
        },
        (ts, main) =>
        {
            var items = (PyList)Global(main, "items").Obj!;
            Assert.NotSame(parentList, items);
            Assert.Equal("[1, 2]", Ops.ReprOf(ts, PyValue.From(items)));
            var pair = (PyTuple)Global(main, "pair").Obj!;
            Assert.Same(items, pair.Items[0].Obj);
            Assert.Same(items, pair.Items[1].Obj);
            var cycle = (PyList)Global(main, "cycle").Obj!;
            Assert.Same(cycle, cycle.Items[0].Obj);
            Assert.Equal("'hello'", Ops.ReprOf(ts, Global(main, "text")));
            Assert.Equal("__main__", Ops.StrOf(ts, Global(main, "__name__")));
        });
    }

    [Fact]
    public void LocksKeepTheirStateAndAnRLockTheForkingThreadHeldIsTheChildsMainThreads()
    {
        ForkAndCheck(ts =>
        {
            var held = new PyLock();
            held.Acquire(ts, WaitDeadline.Never);
            var rlock = new PyRLock();
            rlock.Acquire(ts, WaitDeadline.Never);
            rlock.Acquire(ts, WaitDeadline.Never);
            return new Dictionary<string, PyValue>
            {
                ["held"] = PyValue.From(held),
                ["free"] = PyValue.From(new PyLock()),
                ["rlock"] = PyValue.From(rlock),
            };
        },
        (ts, module) => ((PyLock)Global(module, "held").Obj!).Release(),
        (ts, main) =>
        {
            Assert.True(((PyLock)Global(main, "held").Obj!).IsLocked);
            Assert.False(((PyLock)Global(main, "free").Obj!).IsLocked);
            var rlock = (PyRLock)Global(main, "rlock").Obj!;
            Assert.True(rlock.IsOwnedBy(ts));
            rlock.Release(ts);
            rlock.Release(ts);
            Assert.False(rlock.IsLocked);
        });
    }

    [Fact]
    public void WhatCannotBeCopiedIsAStandInThatFailsWhenUsed()
    {
        ForkAndCheck(ts =>
        {
            var list = PyValue.From(ListOf(1));
            var iterator = Ops.GetIter(ts, list);
            list.DecRef();
            return new Dictionary<string, PyValue> { ["it"] = iterator };
        },
        (ts, module) => { },
        (ts, main) =>
        {
            var it = Global(main, "it");
            Assert.IsType<PyNotForkCopied>(it.Obj);
            var e = Assert.Throws<PyException>(() => Ops.GetIter(ts, it).DecRef());
            Assert.Same(ExceptionTypes.NotImplementedError, e.Value.Type);
            Assert.Contains("the global 'it' of module '__main__'", e.Message);
            Assert.Throws<PyException>(() => Ops.GetAttr(ts, it, "x").DecRef());
        });
    }
}
