using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// functools.lru_cache's wrapper: results by argument tuple, least recently used evicted beyond maxsize
/// (maxsize -1: unbounded, 0: no caching), with cache_info and cache_clear. Lookups and stores are atomic
/// under the GIL; the wrapped function runs outside that (it may switch threads), as in CPython.
/// </summary>
public sealed class PyLruCache : PyObject
{
    private static readonly PyType WrapperType = CreateType();
    // Separates positional from keyword arguments in a key, as functools._make_key's kwd_mark object.
    private static readonly PyValue KwdMark = PyValue.From(new PyType("kwd_mark", PyType.Object));

    private PyValue _func;
    private readonly long _maxsize;
    private readonly bool _typed;
    private readonly PyDict _cache = new();
    private long _hits, _misses;
    private Dictionary<string, PyValue>? _dict;

    /// <summary>Wraps <paramref name="func"/> (borrowed).</summary>
    public PyLruCache(ThreadState ts, PyValue func, long maxsize, bool typed)
    {
        _func = func.NewRef(); _maxsize = maxsize; _typed = typed;
        FunctoolsModule.UpdateWrapperSafe(ts, this, func);
    }

    private static PyType CreateType()
    {
        var t = new PyType("_lru_cache_wrapper", PyType.Object) { Module = "functools", IsBaseType = false };
        t.AddMethod("cache_info", (ts, a, kw) =>
        {
            var self = (PyLruCache)a[0].Obj!;
            return PyValue.From(new CacheInfo(self._hits, self._misses, self._maxsize, self._cache.Count));
        });
        t.AddMethod("cache_clear", (ts, a, kw) =>
        {
            var self = (PyLruCache)a[0].Obj!;
            foreach (var v in self._cache.Table.Clear()) v.DecRef();
            self._hits = self._misses = 0;
            return PyValue.None;
        });
        return t;
    }

    /// <inheritdoc/>
    public override PyType Type => WrapperType;
    /// <inheritdoc/>
    public override Dictionary<string, PyValue>? InstanceDict => _dict ??= new Dictionary<string, PyValue>();
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => $"<functools._lru_cache_wrapper object at 0x{ObjectId.Of(this):x}>";

    /// <inheritdoc/>
    public override void Dealloc()
    {
        var f = _func; _func = PyValue.None; f.DecRefFromDealloc();
        PyValue.From(_cache).DecRefFromDealloc();
        if (_dict != null) { foreach (var v in _dict.Values) v.DecRefFromDealloc(); _dict.Clear(); }
    }

    private PyValue MakeKey(ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var parts = new PyValueList();
        int nkw = kwNames?.Length ?? 0;
        int npos = args.Length - nkw;
        for (int i = 0; i < npos; i++) parts.Add(args[i]);
        if (nkw > 0)
        {
            parts.Add(KwdMark);
            for (int k = 0; k < nkw; k++) { parts.Add(PyValue.Str(kwNames![k])); parts.Add(args[npos + k]); }
        }
        if (_typed) for (int i = 0; i < args.Length; i++) parts.Add(PyValue.From(args[i].Type));
        var items = parts.ToArray();
        int strStart = npos + 1;
        for (int i = 0; i < items.Length; i++)
        {
            bool isNewName = nkw > 0 && i >= strStart && i < strStart + 2 * nkw && (i - strStart) % 2 == 0;
            if (!isNewName) items[i].IncRef();
        }
        return PyValue.From(new PyTuple(items));
    }

    /// <inheritdoc/>
    public override PyValue Call(ThreadState ts, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (_maxsize == 0)
        {
            _misses++;
            return Ops.Call(ts, _func, args, kwNames);
        }
        var key = MakeKey(args, kwNames);
        try
        {
            if (_cache.TryGet(ts, key, out var hit))
            {
                _hits++;
                hit.IncRef();
                if (_maxsize > 0 && _cache.Remove(ts, key, out var moved)) { _cache.Set(ts, key, moved); moved.DecRef(); }
                return hit;
            }
            _misses++;
            var result = Ops.Call(ts, _func, args, kwNames);
            if (!_cache.TryGet(ts, key, out _))
            {
                if (_maxsize > 0 && _cache.Count >= _maxsize)
                {
                    foreach (var (oldest, _) in _cache.Table.Entries())
                    {
                        oldest.IncRef();
                        if (_cache.Remove(ts, oldest, out var dropped)) dropped.DecRef();
                        oldest.DecRef();
                        break;
                    }
                }
                _cache.Set(ts, key, result);
            }
            return result;
        }
        finally { key.DecRef(); }
    }

    /// <summary>The named tuple cache_info() returns: CacheInfo(hits=..., misses=..., maxsize=..., currsize=...).</summary>
    private sealed class CacheInfo : PyObject
    {
        private static readonly PyType InfoType = new("CacheInfo", PyType.Tuple) { Module = "functools", IsBaseType = false };
        private static readonly string[] Fields = { "hits", "misses", "maxsize", "currsize" };
        private readonly PyTuple _values;

        public CacheInfo(long hits, long misses, long maxsize, long currsize) =>
            _values = new PyTuple(new[] { PyValue.Int(hits), PyValue.Int(misses), maxsize < 0 ? PyValue.None : PyValue.Int(maxsize), PyValue.Int(currsize) });

        public override PyType Type => InfoType;
        public override void Dealloc() => PyValue.From(_values).DecRefFromDealloc();
        public override string ReprString(ThreadState? ts)
        {
            var parts = new string[Fields.Length];
            for (int i = 0; i < Fields.Length; i++) parts[i] = Fields[i] + "=" + Ops.ReprOf(ts, _values.Items[i]);
            return "CacheInfo(" + string.Join(", ", parts) + ")";
        }
        public override PyValue? GetAttrOrNull(ThreadState ts, string name)
        {
            int i = Array.IndexOf(Fields, name);
            return i >= 0 ? _values.Items[i].NewRef() : base.GetAttrOrNull(ts, name);
        }
        public override PyValue GetItem(ThreadState ts, PyValue key) => _values.GetItem(ts, key);
        public override long Length(ThreadState ts) => Fields.Length;
        public override PyValue Iter(ThreadState ts) => _values.Iter(ts);
        public override long Hash(ThreadState? ts) => _values.Hash(ts);
        public override bool? EqualsValue(ThreadState? ts, PyValue other) =>
            other.Obj is CacheInfo c ? _values.EqualsValue(ts, PyValue.From(c._values)) : _values.EqualsValue(ts, other);
    }
}
