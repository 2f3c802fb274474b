using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// A hidden class (CPython's split-keys dict): the attribute names of an instance, in the order they were
/// first set, mapped to indexes into the instance's value array. Instances of one class that set the same
/// attributes in the same order share one shape, so a cache keyed by (type version, shape) can read an
/// attribute by index without a dictionary lookup.
/// </summary>
public sealed class InstanceShape
{
    private readonly Dictionary<string, int> _index;
    private readonly InstanceShape? _root;
    private Dictionary<string, InstanceShape>? _transitions;
    // True in the tree of a builtin class (object, the exceptions): interpreters running in parallel share it.
    private readonly bool _shared;

    /// <summary>The attribute names, in insertion order.</summary>
    public readonly string[] Names;

    /// <summary>
    /// The class whose tree this shape is in (null for a shape no instance holds): every shape belongs to one
    /// class, so an instance reaches its type through its shape and does not spend a field of its own on it.
    /// </summary>
    public readonly PyType? Owner;

    private InstanceShape(PyType? owner, InstanceShape? root, string[] names, bool shared)
    {
        Owner = owner;
        _root = root;
        _shared = shared;
        Names = names;
        _index = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++) _index[names[i]] = i;
    }

    /// <summary>
    /// A new empty shape: the root of <paramref name="owner"/>'s tree of shapes (null for a tree no instance
    /// holds); <paramref name="shared"/> for a builtin class's tree, which locks when it grows.
    /// </summary>
    public static InstanceShape NewRoot(PyType? owner, bool shared = false) => new(owner, null, Array.Empty<string>(), shared);

    /// <summary>How many attributes the shape holds.</summary>
    public int Count => Names.Length;

    /// <summary>The index of <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name) => _index.TryGetValue(name, out int i) ? i : -1;

    /// <summary>The shape with <paramref name="name"/> appended (shared by every instance that takes the same step).</summary>
    public InstanceShape With(string name)
    {
        if (!_shared) return WithUnlocked(name);
        lock (_index) return WithUnlocked(name);
    }

    private InstanceShape WithUnlocked(string name)
    {
        _transitions ??= new Dictionary<string, InstanceShape>(StringComparer.Ordinal);
        if (_transitions.TryGetValue(name, out var next)) return next;
        var names = new string[Names.Length + 1];
        Names.CopyTo(names, 0);
        names[^1] = name;
        next = new InstanceShape(Owner, _root ?? this, names, _shared);
        _transitions[name] = next;
        return next;
    }

    /// <summary>The shape without the name at <paramref name="index"/>: the root's path through the remaining names.</summary>
    public InstanceShape Without(int index)
    {
        var shape = _root ?? this;
        for (int i = 0; i < Names.Length; i++)
            if (i != index) shape = shape.With(Names[i]);
        return shape;
    }
}
