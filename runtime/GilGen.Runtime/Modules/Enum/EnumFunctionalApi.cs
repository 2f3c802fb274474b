using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// The functional API, <c>Enum('Color', 'RED GREEN BLUE')</c> (EnumType._create_): the names as a string of
/// words, a sequence of names (valued by <c>_generate_next_value_</c> from <c>start</c>), a sequence of (name,
/// value) pairs or a mapping; <c>module=</c>, <c>qualname=</c> and <c>type=</c> (a data type mixed in first).
/// </summary>
internal static class EnumFunctionalApi
{
    /// <summary>The new enum class (new reference).</summary>
    internal static PyValue Create(ThreadState ts, EnumModuleClasses m, PyType cls, PyValue className, PyValue names,
                                   PyValue module, PyValue qualname, PyValue type, PyValue start, PyValue boundary)
    {
        if (className.Obj is not PyStr name) throw PyErr.TypeError($"type.__new__() argument 1 must be str, not {className.Type.Name}");
        var metacls = cls.Type;
        var bases = PyValue.From(PyTuple.FromBorrowed(type.IsNone ? new[] { PyValue.From(cls) } : new[] { type, PyValue.From(cls) }));
        var owned = new List<PyValue> { bases };
        try
        {
            var (_, firstEnum) = EnumClassCreation.Mixins(ts, m, name.Value, ((PyTuple)bases.Obj!).Items);
            var prepare = Ops.GetAttr(ts, PyValue.From(metacls), "__prepare__");
            owned.Add(prepare);
            var classdictValue = Ops.Call(ts, prepare, new[] { className, bases }, null);
            owned.Add(classdictValue);
            var classdict = classdictValue.Obj as PyDict ?? throw PyErr.TypeError("__prepare__ must return a dict");
            var source = names;
            if (names.Obj is PyStr s)
            {
                var words = s.Value.Replace(',', ' ').Split(new[] { ' ', '\t', '\n', '\r', '\f', '\v' }, StringSplitOptions.RemoveEmptyEntries);
                var list = new PyList(new PyValueList(Array.ConvertAll(words, PyValue.Str)));
                source = PyValue.From(list);
                owned.Add(source);
            }
            if (source.Obj is PyList or PyTuple && Ops.Length(ts, source) > 0 && ItemsOf(source)[0].Obj is PyStr)
            {
                var generate = Ops.GetAttr(ts, PyValue.From(firstEnum!), "_generate_next_value_");
                owned.Add(generate);
                var last = new PyList();
                owned.Add(PyValue.From(last));
                var pairs = new PyList();
                owned.Add(PyValue.From(pairs));
                var items = ItemsOf(source);
                for (int count = 0; count < items.Length; count++)
                {
                    var copy = PyValue.From(PyList.FromBorrowed(last.Items.AsSpan()));
                    PyValue value;
                    try { value = Ops.Call(ts, generate, new[] { items[count], start, PyValue.Int(count), copy }, null); }
                    finally { copy.DecRef(); }
                    last.Items.Add(value);
                    pairs.Items.Add(PyValue.From(PyTuple.FromBorrowed(new[] { items[count], value })));
                }
                source = PyValue.From(pairs);
            }
            if (!source.IsNone)
            {
                var list = Ops.ToList(ts, source);
                try
                {
                    foreach (var item in list)
                    {
                        if (item.Obj is PyStr)
                        {
                            var v = Ops.GetItem(ts, source, item);
                            try { Ops.SetItem(ts, classdictValue, item, v); }
                            finally { v.DecRef(); }
                            continue;
                        }
                        var pair = Ops.ToList(ts, item);
                        try
                        {
                            if (pair.Count != 2) throw PyErr.ValueError(pair.Count < 2 ? $"not enough values to unpack (expected 2, got {pair.Count})" : "too many values to unpack (expected 2)");
                            Ops.SetItem(ts, classdictValue, pair[0], pair[1]);
                        }
                        finally { foreach (var p in pair) p.DecRef(); }
                    }
                }
                finally { foreach (var item in list) item.DecRef(); }
            }
            // CPython asks the caller's frame for its module; GilGen keeps no frames there, so __main__ as namedtuple does.
            if (!module.IsNone) SetKey(ts, classdict, "__module__", module);
            else
            {
                var main = PyValue.Str("__main__");
                try { SetKey(ts, classdict, "__module__", main); }
                finally { main.DecRef(); }
            }
            if (!qualname.IsNone) SetKey(ts, classdict, "__qualname__", qualname);
            return PyValue.From(EnumClassCreation.NewClass(ts, m, metacls, name.Value, (PyTuple)bases.Obj!, classdict, boundary, Array.Empty<PyValue>(), null));
        }
        finally { foreach (var v in owned) v.DecRef(); }
    }

    private static PyValue[] ItemsOf(PyValue sequence) => sequence.Obj switch
    {
        PyList l => l.Items.AsSpan().ToArray(),
        PyTuple t => t.Items,
        _ => Array.Empty<PyValue>(),
    };

    private static void SetKey(ThreadState ts, PyDict d, string key, PyValue value)
    {
        var k = PyValue.Str(key);
        try { d.Set(ts, k, value); }
        finally { k.DecRef(); }
    }
}
