using System;
using System.Text.RegularExpressions;

namespace GilGen.Runtime;

/// <summary>The constructor and methods of complex (CPython 3.12's complex_new, complex_subtype_from_string and methods).</summary>
public static class ComplexMethods
{
    /// <summary>Installs the methods on <paramref name="t"/>.</summary>
    public static void Install(PyType t)
    {
        ReadOnlyAttribute.Install(t, "real", v => PyValue.Float(Of(v).Real));
        ReadOnlyAttribute.Install(t, "imag", v => PyValue.Float(Of(v).Imag));
        t.AddMethod("conjugate", (ts, a, kw) =>
        {
            new BuiltinArguments("conjugate", a.Slice(1), kw).NoKeywords().Expect(0, 0);
            var z = Of(a[0]);
            return PyValue.From(new PyComplex(z.Real, -z.Imag));
        });
        t.AddMethod("__complex__", (ts, a, kw) => a[0].NewRef());
        t.AddMethod("__format__", (ts, a, kw) =>
        {
            new BuiltinArguments("__format__", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            if (a[1].Obj is not PyStr spec) throw PyErr.TypeError($"__format__() argument must be str, not {a[1].Type.Name}");
            Of(a[0]);
            return PyValue.Str(FormatSpec.Format(ts, a[0], spec.Value));
        });
    }

    private static PyComplex Of(PyValue v) => v.Obj as PyComplex ?? throw PyErr.TypeError($"descriptor requires a 'complex' object but received '{v.Type.Name}'");

    /// <summary>complex(real=0, imag=0), complex(string).</summary>
    public static PyValue Construct(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var a = new BuiltinArguments("complex", args, kw);
        foreach (var k in kw ?? Array.Empty<string>())
            if (k is not "real" and not "imag") throw PyErr.TypeError($"complex() got an unexpected keyword argument '{k}'");
        if (a.Count > 2) throw PyErr.TypeError($"complex() takes at most 2 arguments ({a.Count} given)");
        PyValue? r = a.Get(0, "real"), i = a.Get(1, "imag");
        if (r is null) return i is null ? PyValue.From(new PyComplex(0.0, 0.0)) : Construct(ts, PyValue.Int(0), i);
        return Construct(ts, r.Value, i);
    }

    private static PyValue Construct(ThreadState ts, PyValue r, PyValue? i)
    {
        if (r.Obj is PyStr s)
        {
            if (i is not null) throw PyErr.TypeError("complex() can't take second arg if first is a string");
            var (re, im) = Parse(s.Value);
            return PyValue.From(new PyComplex(re, im));
        }
        if (i is PyValue iv && iv.Obj is PyStr) throw PyErr.TypeError("complex() second arg can't be a string");
        if (r.Obj is PyComplex exact && i is null) return r.NewRef();
        bool realIsComplex = Parts(ts, r, first: true, out var cr);
        (double Re, double Im) ci = (cr.Im, 0.0);
        bool imagIsComplex = false;
        if (i is PyValue imag) imagIsComplex = Parts(ts, imag, first: false, out ci);
        if (imagIsComplex) cr.Re -= ci.Im;
        if (realIsComplex && i is not null) ci.Re += cr.Im;
        return PyValue.From(new PyComplex(cr.Re, ci.Re));
    }

    // One argument of complex() as parts: true when it was a complex (or a __complex__ result), else a real number.
    private static bool Parts(ThreadState ts, PyValue v, bool first, out (double Re, double Im) parts)
    {
        if (TryParts(ts, v, useComplexMethod: first, out parts, out bool wasComplex)) return wasComplex;
        throw PyErr.TypeError(first
            ? $"complex() first argument must be a string or a number, not '{v.Type.Name}'"
            : $"complex() second argument must be a number, not '{v.Type.Name}'");
    }

    /// <summary>
    /// PyComplex_AsCComplex: the parts of a complex, of what <c>__complex__</c> returns (when <paramref name="useComplexMethod"/>),
    /// or of a real number as float() converts it (<c>__float__</c>, <c>__index__</c>); false for anything else.
    /// <paramref name="wasComplex"/> tells a complex from a real number.
    /// </summary>
    internal static bool TryParts(ThreadState ts, PyValue v, bool useComplexMethod, out (double Re, double Im) parts, out bool wasComplex)
    {
        wasComplex = true;
        if (v.Obj is PyComplex c)
        {
            parts = c.Parts;
            return true;
        }
        if (useComplexMethod && v.Obj is not null && !ComplexOperands.IsReal(v) && v.Type.Lookup("__complex__") is PyValue m)
        {
            var made = Ops.Call(ts, m, new[] { v }, null);
            try
            {
                if (made.Obj is not PyComplex z) throw PyErr.TypeError($"__complex__ returned non-complex (type {made.Type.Name})");
                parts = z.Parts;
                return true;
            }
            finally { made.DecRef(); }
        }
        wasComplex = false;
        if (ComplexOperands.IsReal(v) || (v.Obj is not null && (v.Type.Lookup("__float__") is not null || v.Type.Lookup("__index__") is not null)))
        {
            var f = BuiltinConstructors.Float(ts, PyType.Float, new[] { v }, null);
            parts = (((PyFloat)f.Obj!).Value, 0.0);
            f.DecRef();
            return true;
        }
        parts = default;
        return false;
    }

    // A float as complex() reads one: digits with single underscores between them, an optional fraction and exponent, or inf/infinity/nan.
    private const string Number = @"(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|[iI][nN][fF](?:[iI][nN][iI][tT][yY])?|[nN][aA][nN])";
    private static readonly Regex RealOnly = new(@"^[+-]?" + Number + "$", RegexOptions.CultureInvariant);
    private static readonly Regex ImagOnly = new(@"^(?<im>[+-]?(?:" + Number + ")?)[jJ]$", RegexOptions.CultureInvariant);
    private static readonly Regex Both = new(@"^(?<re>[+-]?" + Number + @")(?<im>[+-](?:" + Number + ")?)[jJ]$", RegexOptions.CultureInvariant);

    /// <summary>complex(text): whitespace and one pair of parentheses around it, then a real part, an imaginary part or both.</summary>
    internal static (double Re, double Im) Parse(string text)
    {
        string s = text.Trim();
        if (s.StartsWith('(') && s.EndsWith(')') && s.Length >= 2) s = s.Substring(1, s.Length - 2).Trim();
        if (RealOnly.IsMatch(s)) return (BuiltinConstructors.ParseFloat(s), 0.0);
        if (ImagOnly.Match(s) is { Success: true } im) return (0.0, Part(im.Groups["im"].Value));
        if (Both.Match(s) is { Success: true } both) return (BuiltinConstructors.ParseFloat(both.Groups["re"].Value), Part(both.Groups["im"].Value));
        throw PyErr.ValueError("complex() arg is a malformed string");
    }

    // An imaginary part's text: a lone sign (or nothing) is 1.
    private static double Part(string text) => text switch
    {
        "" or "+" => 1.0,
        "-" => -1.0,
        _ => BuiltinConstructors.ParseFloat(text),
    };
}
