using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// The weak references to one object (CPython's tp_weaklist), in CPython's order: the plain <c>ref</c> without a
/// callback first (shared by every <c>ref(o)</c>), then the plain proxy, then every other reference, newest first.
/// That order is what <c>weakref.getweakrefs</c> shows and the order the callbacks run in.
/// </summary>
internal sealed class WeakRefList
{
    // Borrowed: a reference removes itself when it is released before its referent.
    private readonly List<WeakReferenceBase> _refs = new();

    /// <summary>How many weak references (refs and proxies) the object has.</summary>
    public int Count => _refs.Count;

    /// <summary>The references, in the list's order.</summary>
    public IReadOnlyList<WeakReferenceBase> Refs => _refs;

    /// <summary>The shared <c>ref(o)</c> (exact class, no callback), or null.</summary>
    public PyWeakRef? BasicRef =>
        _refs.Count > 0 && _refs[0] is PyWeakRef r && r.GetType() == typeof(PyWeakRef) && r.Callback.Obj is null ? r : null;

    /// <summary>The shared <c>proxy(o)</c> (no callback), or null.</summary>
    public PyWeakProxy? BasicProxy
    {
        get
        {
            int i = BasicRef is null ? 0 : 1;
            return _refs.Count > i && _refs[i] is PyWeakProxy p && p.Callback.Obj is null ? p : null;
        }
    }

    /// <summary>Adds <paramref name="r"/>: a shared plain ref at the head, a shared plain proxy after it, any other after both.</summary>
    public void Insert(WeakReferenceBase r, bool basicRef, bool basicProxy)
    {
        if (basicRef) { _refs.Insert(0, r); return; }
        int afterRef = BasicRef is null ? 0 : 1;
        if (basicProxy) { _refs.Insert(afterRef, r); return; }
        _refs.Insert(BasicProxy is null ? afterRef : afterRef + 1, r);
    }

    /// <summary>A reference released before its referent leaves the list.</summary>
    public void Remove(WeakReferenceBase r) => _refs.Remove(r);

    /// <summary>
    /// PyObject_ClearWeakRefs, when the referent is released: every reference is cleared first (calling
    /// one then gives None), then each callback is called with its reference, in the list's order, while that
    /// reference is still alive. An exception a callback raises is reported as CPython's unraisable hook does.
    /// With no thread state on this OS thread no Python can run: the references are cleared without the callbacks.
    /// </summary>
    public void ReleaseReferent()
    {
        if (_refs.Count == 0) return;
        var refs = _refs.ToArray();
        _refs.Clear();
        List<(WeakReferenceBase Ref, PyValue Callback)>? pending = null;
        var ts = ThreadState.Running;
        foreach (var r in refs)
        {
            r.Referent = null;
            var callback = r.Callback;
            if (callback.Obj is null) continue;
            r.Callback = default;
            // A reference being released itself (its count at zero) gets no call, as in CPython.
            if (ts is null || r.IsReleased || r.RefCount <= 0) { callback.DecRef(); continue; }
            PyValue.From(r).IncRef();
            (pending ??= new()).Add((r, callback));
        }
        if (pending is null) return;
        foreach (var (r, callback) in pending)
        {
            try { Ops.Call(ts!, callback, new[] { PyValue.From(r) }, null).DecRef(); }
            catch (PyException e)
            {
                ts!.Interp.NoteReportedException();
                ts.Interp.Stderr.Write($"Exception ignored in: {Ops.ReprOf(ts, callback)}\n{e.FormatTraceback(ts)}");
                e.Value.DecRef();
            }
            finally
            {
                callback.DecRef();
                PyValue.From(r).DecRef();
            }
        }
    }
}
