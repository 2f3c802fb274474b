using System;
using System.Collections.Generic;
using System.Linq;

namespace GilGen.Runtime;

/// <summary>The C3 linearization CPython uses for a class's method resolution order.</summary>
public static class C3
{
    /// <summary>The MRO of a new class <paramref name="name"/> with <paramref name="bases"/>: the class itself is added by the caller's type.</summary>
    /// <returns>The MRO without the new class; the caller's type fills slot 0.</returns>
    public static PyType[] Linearize(string name, PyType[] bases)
    {
        var seqs = bases.Select(b => new List<PyType>(b.Mro)).ToList();
        seqs.Add(new List<PyType>(bases));
        var result = new List<PyType> { null! };  // slot 0: the class being made
        while (true)
        {
            seqs.RemoveAll(s => s.Count == 0);
            if (seqs.Count == 0) break;
            PyType? head = null;
            foreach (var s in seqs)
            {
                var candidate = s[0];
                if (!seqs.Any(t => t.IndexOf(candidate) > 0)) { head = candidate; break; }
            }
            if (head == null)
            {
                // CPython names the bases that are still to be merged, in the order of the class statement.
                var pending = bases.Where(b => seqs.Any(s => s.Contains(b))).Select(b => b.Name);
                throw PyErr.TypeError("Cannot create a consistent method resolution\norder (MRO) for bases " + string.Join(", ", pending));
            }
            result.Add(head);
            foreach (var s in seqs)
                if (ReferenceEquals(s[0], head)) s.RemoveAt(0);
        }
        return result.ToArray();
    }
}
