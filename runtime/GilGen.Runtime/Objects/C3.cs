using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>The C3 linearization CPython uses for a class's method resolution order.</summary>
/// <remarks>Written without LINQ: the builtin exception types are linearized at every start-up, and hello world
/// would otherwise load System.Linq for it.</remarks>
public static class C3
{
    /// <summary>The MRO of a new class <paramref name="name"/> with <paramref name="bases"/>: the class itself is added by the caller's type.</summary>
    /// <returns>The MRO without the new class; the caller's type fills slot 0.</returns>
    public static PyType[] Linearize(string name, PyType[] bases)
    {
        var seqs = new List<List<PyType>>(bases.Length + 1);
        foreach (PyType b in bases) seqs.Add(new List<PyType>(b.Mro));
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
                if (!InSomeTail(seqs, candidate)) { head = candidate; break; }
            }
            if (head == null)
            {
                // CPython names the bases that are still to be merged, in the order of the class statement.
                var pending = new List<string>();
                foreach (PyType b in bases)
                    if (InSome(seqs, b)) pending.Add(b.Name);
                throw PyErr.TypeError("Cannot create a consistent method resolution\norder (MRO) for bases " + string.Join(", ", pending));
            }
            result.Add(head);
            foreach (var s in seqs)
                if (ReferenceEquals(s[0], head)) s.RemoveAt(0);
        }
        return result.ToArray();
    }

    // Whether a sequence holds the type after its head.
    private static bool InSomeTail(List<List<PyType>> seqs, PyType type)
    {
        foreach (var s in seqs)
            if (s.IndexOf(type) > 0) return true;
        return false;
    }

    private static bool InSome(List<List<PyType>> seqs, PyType type)
    {
        foreach (var s in seqs)
            if (s.Contains(type)) return true;
        return false;
    }
}
