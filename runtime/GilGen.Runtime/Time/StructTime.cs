using System;
using System.Text;

namespace GilGen.Runtime;

/// <summary>
/// <c>time.struct_time</c>, CPython's structseq: a tuple of the nine fields (year ... isdst), each also a read-only
/// attribute, plus tm_zone and tm_gmtoff, which are attributes only (CPython keeps them past the tuple's visible
/// length; here they are two fields beside the items). Everything a tuple does (indexing, slicing, hashing,
/// comparison, concatenation) is <see cref="PyTuple"/>'s own; this class adds the type, the attributes and the repr.
/// </summary>
public sealed class StructTime : PyTuple
{
    /// <summary>The names of the nine items, in order (<c>__match_args__</c>).</summary>
    public static readonly string[] FieldNames = { "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst" };

    /// <summary>The class <c>time.struct_time</c> (not subclassable, as in CPython).</summary>
    public static readonly PyType TypeObject = CreateType();

    private PyValue _zone, _gmtoff;

    /// <summary>A struct_time of nine items and the two extra fields (all references stolen).</summary>
    public StructTime(PyValue[] items, PyValue zone, PyValue gmtoff) : base(items)
    {
        _zone = zone;
        _gmtoff = gmtoff;
    }

    /// <summary>tm_zone (borrowed): a str, or None when the struct_time was made from a 9- or 10-sequence without it.</summary>
    public PyValue Zone => _zone;

    /// <summary>tm_gmtoff (borrowed): an int, or None.</summary>
    public PyValue GmtOffset => _gmtoff;

    /// <inheritdoc/>
    public override PyType Type => TypeObject;

    /// <inheritdoc/>
    public override void Dealloc()
    {
        base.Dealloc();
        var z = _zone; var g = _gmtoff;
        _zone = _gmtoff = PyValue.None;
        z.DecRefFromDealloc();
        g.DecRefFromDealloc();
    }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts)
    {
        var sb = new StringBuilder("time.struct_time(");
        for (int i = 0; i < FieldNames.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(FieldNames[i]).Append('=').Append(Ops.ReprOf(ts, Items[i]));
        }
        return sb.Append(')').ToString();
    }

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) => name switch
    {
        "tm_zone" => _zone.NewRef(),
        "tm_gmtoff" => _gmtoff.NewRef(),
        _ => base.GetAttrOrNull(ts, name),
    };

    /// <inheritdoc/>
    public override void SetAttr(ThreadState ts, string name, PyValue value)
    {
        if (name is "tm_zone" or "tm_gmtoff" || Array.IndexOf(FieldNames, name) >= 0) throw PyErr.AttributeError("readonly attribute");
        throw PyErr.AttributeError($"'time.struct_time' object has no attribute '{name}'");
    }

    /// <inheritdoc/>
    public override void DelAttr(ThreadState ts, string name) => SetAttr(ts, name, PyValue.None);

    private static PyType CreateType()
    {
        var type = new PyType("struct_time", PyType.Tuple, Construct) { Module = "time", IsBaseType = false };
        for (int i = 0; i < FieldNames.Length; i++) type.Dict[FieldNames[i]] = PyValue.From(MakeImmortal(new PyTupleGetter(i)));
        // The class lists tm_zone and tm_gmtoff too (dir, hasattr on the class); an instance answers them itself
        // (GetAttrOrNull) before the class is asked, so these getters of the positions past the items are never read.
        type.Dict["tm_zone"] = PyValue.From(MakeImmortal(new PyTupleGetter(9)));
        type.Dict["tm_gmtoff"] = PyValue.From(MakeImmortal(new PyTupleGetter(10)));
        var matchArgs = new PyValue[FieldNames.Length];
        for (int i = 0; i < FieldNames.Length; i++) matchArgs[i] = PyValue.Str(FieldNames[i]);
        type.Dict["__match_args__"] = PyValue.From(MakeImmortal(new PyTuple(matchArgs)));
        type.Dict["n_fields"] = PyValue.Int(11);
        type.Dict["n_sequence_fields"] = PyValue.Int(9);
        type.Dict["n_unnamed_fields"] = PyValue.Int(0);
        type.Dict["__doc__"] = PyValue.From(MakeImmortal(new PyStr(
            "The time value as returned by gmtime(), localtime(), and strptime(), and\n" +
            " accepted by asctime(), mktime() and strftime().  May be considered as a\n" +
            " sequence of 9 integers.\n\n" +
            " Note that several fields' values are not the same as those defined by\n" +
            " the C language standard for struct tm.  For example, the value of the\n" +
            " field tm_year is the actual year, not year - 1900.  See individual\n" +
            " fields' descriptions for details.")));
        type.AddMethod("__reduce__", (ts, a, kw) =>
        {
            var self = (StructTime)a[0].Obj!;
            var extra = new PyDict();
            SetItem(ts, extra, "tm_zone", self._zone);
            SetItem(ts, extra, "tm_gmtoff", self._gmtoff);
            var args = new PyTuple(new[] { PyValue.From(FromBorrowed(self.Items)), PyValue.From(extra) });
            return PyValue.From(new PyTuple(new[] { PyValue.From(TypeObject).NewRef(), PyValue.From(args) }));
        });
        return type;
    }

    private static T MakeImmortal<T>(T o) where T : PyObject
    {
        o.MakeImmortal();
        return o;
    }

    private static void SetItem(ThreadState ts, PyDict d, string name, PyValue value)
    {
        var key = PyValue.Str(name);
        d.Set(ts, key, value);
        key.DecRef();
    }

    // struct_time(sequence, dict=None): 9 to 11 items; the 10th and 11th (or the dict's entries) are tm_zone and tm_gmtoff.
    private static PyValue Construct(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var bound = CallArguments.Bind("structseq", args, kwNames, new[] { "sequence", "dict" }, 1);
        if (!bound[1].IsUnbound && !bound[1].IsNone && bound[1].Obj is not PyDict)
            throw PyErr.TypeError("time.struct_time() takes a dict as second arg, if any");
        PyValueList items;
        try { items = Ops.ToList(ts, bound[0]); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError)) { throw PyErr.TypeError("constructor requires a sequence"); }
        if (items.Count < 9 || items.Count > 11)
        {
            int n = items.Count;
            foreach (var v in items) v.DecRef();
            throw PyErr.TypeError(n < 9
                ? $"time.struct_time() takes an at least 9-sequence ({n}-sequence given)"
                : $"time.struct_time() takes an at most 11-sequence ({n}-sequence given)");
        }
        var dict = bound[1].Obj as PyDict;
        PyValue Extra(int index, string name)
        {
            if (index < items.Count) return items[index];
            if (dict != null)
            {
                var key = PyValue.Str(name);
                try { if (dict.TryGet(ts, key, out var v)) return v.NewRef(); }
                finally { key.DecRef(); }
            }
            return PyValue.None;
        }
        var zone = Extra(9, "tm_zone");
        var gmtoff = Extra(10, "tm_gmtoff");
        var nine = new PyValue[9];
        for (int i = 0; i < 9; i++) nine[i] = items[i];
        return PyValue.From(new StructTime(nine, zone, gmtoff));
    }
}
