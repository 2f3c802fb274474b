using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// _string, the C# part of string (Lib/string.py): formatter_parser and formatter_field_name_split, as CPython's
/// _string, over the parser str.format uses (<see cref="StrFormat"/>), and string.Template (see
/// <see cref="StringTemplate"/>), which string imports from here.
/// </summary>
public static class StringModule
{
    private static readonly PyType FormatterIteratorType = new("formatteriterator", PyType.Object) { IsBaseType = false };
    private static readonly PyType FieldNameIteratorType = new("fieldnameiterator", PyType.Object) { IsBaseType = false };

    /// <summary>Makes _string.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("_string");
        m.AddFunction("formatter_parser", (ts2, a, kw) =>
        {
            var args = new BuiltinArguments("formatter_parser", a, kw).NoKeywords().Expect(1, 1);
            if (args[0].Obj is not PyStr s) throw PyErr.TypeError($"expected str, got {args[0].Type.Name}");
            string format = s.Value;
            return PyValue.From(new PyNativeIterator(FormatterIteratorType, Array.Empty<PyValue>(), _ => Chunks(format), Repr));
        });
        m.AddFunction("formatter_field_name_split", (ts2, a, kw) =>
        {
            var args = new BuiltinArguments("formatter_field_name_split", a, kw).NoKeywords().Expect(1, 1);
            if (args[0].Obj is not PyStr s) throw PyErr.TypeError($"expected str, got {args[0].Type.Name}");
            var (first, firstIndex, rest) = StrFormat.SplitFieldName(s.Value);
            var firstValue = firstIndex >= 0 ? PyValue.Int(firstIndex) : PyValue.Str(first);
            var iterator = PyValue.From(new PyNativeIterator(FieldNameIteratorType, Array.Empty<PyValue>(), _ => Accessors(rest), Repr));
            return PyValue.From(new PyTuple(new[] { firstValue, iterator }));
        });
        var template = PyValue.From(StringTemplate.CreateClass(ts, m));
        m.SetGlobal("Template", template);
        template.DecRef();
        return m;
    }

    private static string Repr(PyNativeIterator it) => $"<{it.Type.Name} object at 0x{ObjectId.Of(it):x}>";

    // (literal_text, field_name, format_spec, conversion): None for the last three after literal text alone.
    private static IEnumerable<PyValue> Chunks(string format)
    {
        foreach (var chunk in StrFormat.Parse(format))
        {
            var items = chunk.FieldName is string name
                ? new[] { PyValue.Str(chunk.Literal), PyValue.Str(name), PyValue.Str(chunk.Spec!), chunk.Conversion == '\0' ? PyValue.None : PyValue.Str(chunk.Conversion.ToString()) }
                : new[] { PyValue.Str(chunk.Literal), PyValue.None, PyValue.None, PyValue.None };
            yield return PyValue.From(new PyTuple(items));
        }
    }

    // (is_attribute, name): an all-digit key as an int, an attribute name always as a str.
    private static IEnumerable<PyValue> Accessors(IEnumerable<StrFormat.Accessor> rest)
    {
        foreach (var accessor in rest)
        {
            var key = accessor.Index >= 0 ? PyValue.Int(accessor.Index) : PyValue.Str(accessor.Name);
            yield return PyValue.From(new PyTuple(new[] { PyValue.Bool(accessor.IsAttribute), key }));
        }
    }
}
