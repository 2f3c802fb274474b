using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// BaseExceptionGroup and ExceptionGroup (PEP 654), builtins as in CPython 3.12 (Objects/exceptions.c): the
/// constructor's checks, <c>split</c>, <c>subgroup</c> and <c>derive</c>. Builtin classes are shared by the
/// interpreters of one process, so these are written in C#, not in Python (docs/architecture/design.md §5).
/// </summary>
public static class ExceptionGroupTypes
{
    /// <summary>BaseExceptionGroup: may hold any BaseException; made as an ExceptionGroup when all are Exceptions.</summary>
    public static readonly PyType BaseExceptionGroup = new("BaseExceptionGroup", ExceptionTypes.BaseException, Construct);
    /// <summary>ExceptionGroup(BaseExceptionGroup, Exception): holds Exceptions only.</summary>
    public static readonly PyType ExceptionGroup = PyType.BuiltinWithBases("ExceptionGroup", new[] { BaseExceptionGroup, ExceptionTypes.Exception });

    private enum MatcherKind { Predicate, ByType }

    static ExceptionGroupTypes()
    {
        var t = BaseExceptionGroup;
        t.Dict["__new__"] = PyValue.From(new PyStaticMethod(PyValue.From(new PyBuiltinFunction("__new__", (ts, a, kw) =>
        {
            if (a.Length == 0) throw PyErr.TypeError("BaseExceptionGroup.__new__(): not enough arguments");
            if (a[0].Obj is not PyType cls) throw PyErr.TypeError($"BaseExceptionGroup.__new__(X): X is not a type object ({a[0].Type.Name})");
            if (!cls.IsSubtypeOf(BaseExceptionGroup))
                throw PyErr.TypeError($"BaseExceptionGroup.__new__({cls.Name}): {cls.Name} is not a subtype of BaseExceptionGroup");
            return PyValue.From(New(ts, cls, a.Slice(1, a.Length - 1 - (kw?.Length ?? 0))));
        }))));
        t.AddMethod("derive", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("derive", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            var self = Self(a);
            return Ops.Call(ts, PyValue.From(BaseExceptionGroup), new[] { self.Message, args[0] }, null);
        });
        t.AddMethod("split", (ts, a, kw) =>
        {
            if (kw is { Length: > 0 }) throw PyErr.TypeError("split() takes no keyword arguments");
            if (a.Length != 2) throw PyErr.TypeError($"split expected 1 argument, got {a.Length - 1}");
            var kind = Matcher(a[1]);
            var (match, rest) = Split(ts, a[0], kind, a[1], constructRest: true);
            return PyValue.From(new PyTuple(new[] { match ?? PyValue.None, rest ?? PyValue.None }));
        });
        t.AddMethod("subgroup", (ts, a, kw) =>
        {
            if (kw is { Length: > 0 }) throw PyErr.TypeError("subgroup() takes no keyword arguments");
            if (a.Length != 2) throw PyErr.TypeError($"subgroup expected 1 argument, got {a.Length - 1}");
            var kind = Matcher(a[1]);
            var (match, _) = Split(ts, a[0], kind, a[1], constructRest: false);
            return match ?? PyValue.None;
        });
        PyGenericAlias.InstallClassGetItem(t);
        t.Modified();
    }

    private static PyExceptionGroup Self(ReadOnlySpan<PyValue> a) =>
        a.Length > 0 && a[0].Obj is PyExceptionGroup g ? g : throw PyErr.TypeError("descriptor requires a 'BaseExceptionGroup' object");

    /// <summary>Calling a group class: BaseExceptionGroup.__new__, then a Python <c>__init__</c> if the class has one.</summary>
    private static PyValue Construct(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        int positional = args.Length - (kwNames?.Length ?? 0);
        var group = PyValue.From(New(ts, type, args.Slice(0, positional)));
        bool done = false;
        try
        {
            if (type.Lookup("__init__") is PyValue { Obj: PyFunction } init)
            {
                var r = Ops.CallWithSelf(ts, init, group, args, kwNames);
                if (!r.IsNone) { r.DecRef(); throw PyErr.TypeError($"__init__() should return None, not '{r.Type.Name}'"); }
            }
            else if (kwNames is { Length: > 0 }) throw PyErr.TypeError($"{type.Name}() takes no keyword arguments");
            done = true;
        }
        finally
        {
            if (!done) group.DecRef();
        }
        return group;
    }

    /// <summary>CPython's BaseExceptionGroup_new: checks the message and the exceptions and picks the class. New reference.</summary>
    private static PyExceptionGroup New(ThreadState ts, PyType cls, ReadOnlySpan<PyValue> args)
    {
        if (args.Length != 2) throw PyErr.TypeError($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({args.Length} given)");
        if (args[0].Obj is not PyStr) throw PyErr.TypeError($"BaseExceptionGroup.__new__() argument 1 must be str, not {args[0].Type.Name}");
        if (!IsSequence(args[1])) throw PyErr.TypeError("second argument (exceptions) must be a sequence");
        var excs = new PyTuple(Ops.ToList(ts, args[1]).ToArray());
        bool done = false;
        try
        {
            if (excs.Items.Length == 0) throw PyErr.ValueError("second argument (exceptions) must be a non-empty sequence");
            bool nestedBase = false;
            for (int i = 0; i < excs.Items.Length; i++)
            {
                if (excs.Items[i].Obj is not PyBaseException e)
                    throw PyErr.ValueError($"Item {i} of second argument (exceptions) is not an exception");
                if (!e.Type.IsSubtypeOf(ExceptionTypes.Exception)) nestedBase = true;
            }
            if (ReferenceEquals(cls, ExceptionGroup))
            {
                if (nestedBase) throw PyErr.TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
            else if (ReferenceEquals(cls, BaseExceptionGroup))
            {
                if (!nestedBase) cls = ExceptionGroup;
            }
            else if (nestedBase && cls.IsSubtypeOf(ExceptionTypes.Exception))
                throw PyErr.TypeError($"Cannot nest BaseExceptions in '{cls.Name}'");
            done = true;
        }
        finally
        {
            if (!done) PyValue.From(excs).DecRef();
        }
        return new PyExceptionGroup(cls, PyTuple.FromBorrowed(args), args[0].NewRef(), excs);
    }

    // CPython's PySequence_Check: __getitem__ without being a dict (a set or a generator is refused).
    private static bool IsSequence(PyValue v) =>
        v.Obj is PyList or PyTuple or PyStr or PyBytes or PyByteArray or PyRange
        || (v.Obj is not null && !v.Type.IsSubtypeOf(PyType.Dict_) && v.Type.Lookup("__getitem__") is not null);

    private static MatcherKind Matcher(PyValue condition)
    {
        if (condition.Obj is not PyType && PyDefaultDict.IsCallable(condition)) return MatcherKind.Predicate;
        if (IsExceptionClass(condition)) return MatcherKind.ByType;
        if (condition.Obj is PyTuple { } tuple && condition.Type == PyType.Tuple)
        {
            bool all = true;
            foreach (var item in tuple.Items) all &= IsExceptionClass(item);
            if (all) return MatcherKind.ByType;
        }
        throw PyErr.TypeError("expected a function, exception type or tuple of exception types");
    }

    private static bool IsExceptionClass(PyValue v) => v.Obj is PyType t && t.IsSubtypeOf(ExceptionTypes.BaseException);

    private static bool Matches(ThreadState ts, PyValue exc, MatcherKind kind, PyValue condition)
    {
        if (kind == MatcherKind.ByType) return Ops.ExceptionMatches(ts, exc, condition);
        var r = Ops.Call(ts, condition, new[] { exc }, null);
        try { return Ops.IsTrue(ts, r); }
        finally { r.DecRef(); }
    }

    /// <summary>CPython's exceptiongroup_split_recursive: (match, rest), each a new reference or null.</summary>
    private static (PyValue? Match, PyValue? Others) Split(ThreadState ts, PyValue exc, MatcherKind kind, PyValue condition, bool constructRest)
    {
        if (Matches(ts, exc, kind, condition)) return (exc.NewRef(), null);
        if (exc.Obj is not PyExceptionGroup group) return (null, constructRest ? exc.NewRef() : null);
        var matched = new PyValueList();
        var rest = new PyValueList();
        try
        {
            foreach (var e in group.Exceptions.Items)
            {
                // Groups nest as deep as they were built: the recursion limit guards the .NET stack, as in CPython.
                (PyValue? Match, PyValue? Others) r;
                using (RecursionLevel.Enter(ts, " in exceptiongroup_split_recursive"))
                    r = Split(ts, e, kind, condition, constructRest);
                if (r.Match is PyValue m) matched.Add(m);
                if (r.Others is PyValue x) rest.Add(x);
            }
            var match = Subset(ts, exc, group, matched);
            bool done = false;
            try
            {
                var others = constructRest ? Subset(ts, exc, group, rest) : null;
                done = true;
                return (match, others);
            }
            finally
            {
                if (!done) match?.DecRef();
            }
        }
        finally
        {
            foreach (var v in matched) v.DecRef();
            foreach (var v in rest) v.DecRef();
        }
    }

    /// <summary>CPython's exceptiongroup_subset: orig.derive(excs) with orig's traceback, context, cause and notes; null when empty.</summary>
    private static PyValue? Subset(ThreadState ts, PyValue orig, PyExceptionGroup group, PyValueList excs)
    {
        if (excs.Count == 0) return null;
        var list = PyValue.From(new PyList(new PyValueList(System.Linq.Enumerable.Select(excs, v => v.NewRef()))));
        PyValue derived;
        try
        {
            var derive = Ops.GetAttr(ts, orig, "derive");
            try { derived = Ops.Call(ts, derive, new[] { list }, null); }
            finally { derive.DecRef(); }
        }
        finally { list.DecRef(); }
        bool done = false;
        try
        {
            if (derived.Obj is not PyExceptionGroup d) throw PyErr.TypeError("derive must return an instance of BaseExceptionGroup");
            d.SetAttr(ts, "__context__", group.Context);
            d.SetAttr(ts, "__cause__", group.Cause);
            if (group.GetAttrOrNull(ts, "__notes__") is PyValue notes)
            {
                try
                {
                    var copy = PyValue.From(new PyList(Ops.ToList(ts, notes)));
                    try { d.SetAttr(ts, "__notes__", copy); }
                    finally { copy.DecRef(); }
                }
                finally { notes.DecRef(); }
            }
            done = true;
            return derived;
        }
        finally
        {
            if (!done) derived.DecRef();
        }
    }
}
