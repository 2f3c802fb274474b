using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// <c>obj.__class__ = C</c>, as CPython's <c>object_set_class</c>: the value must be a class; both classes must be
/// mutable (classes made by a class statement, not builtin types); and their instances must have the same layout,
/// which CPython decides from the C struct, the <c>__slots__</c>, and whether there is a <c>__dict__</c> and a
/// weak reference list. GilGen keeps the same facts on each class, so it decides the same way and then gives the
/// instance its new class (<see cref="PyInstance.ChangeClass"/>).
/// </summary>
internal static class ClassAssignment
{
    // The builtin exceptions whose CPython struct adds fields to BaseException's (exceptions.c's ComplexExtends and
    // MiddlingExtends with a struct of their own): a subclass of one of them has another layout than a subclass of
    // Exception. Their subclasses (ModuleNotFoundError, ConnectionError, IndentationError, UnicodeDecodeError...)
    // share the struct.
    private static readonly string[] ExceptionsWithFields =
        { "BaseExceptionGroup", "StopIteration", "SystemExit", "ImportError", "OSError", "SyntaxError", "UnicodeError", "AttributeError", "NameError" };

    /// <summary>Sets <paramref name="self"/>'s class to <paramref name="value"/>, or raises CPython's TypeError.</summary>
    public static void Assign(PyValue self, PyValue value)
    {
        if (value.Obj is not PyType newType) throw PyErr.TypeError($"__class__ must be set to a class, not '{value.Type.Name}' object");
        var oldType = self.Type;
        if (!oldType.IsHeapType || !newType.IsHeapType)
            throw PyErr.TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        if (!SameLayout(oldType, newType))
            throw PyErr.TypeError($"__class__ assignment: '{newType.Name}' object layout differs from '{oldType.Name}'");
        // Instances of a subclass of list, dict, str... keep their attributes in a companion object, and a class's
        // own instance (a heap type whose metaclass is type) is a PyType: neither can change its class here yet.
        if (self.Obj is not PyInstance instance || (instance.GetType() != typeof(PyInstance) && instance is not PyBaseException))
            throw PyErr.NotImplementedError($"GilGen does not support assigning __class__ of a '{oldType.Name}' object (an instance of a subclass of a builtin type) yet");
        instance.ChangeClass(newType);
    }

    /// <summary><c>del obj.__class__</c>: CPython's TypeError.</summary>
    public static PyException DeleteError() => PyErr.TypeError("can't delete __class__ attribute");

    private static bool SameLayout(PyType a, PyType b)
    {
        var layout = PyType.LayoutOf(a);
        if (layout.IsSubtypeOf(ExceptionTypes.BaseException))
        {
            if (!PyType.LayoutOf(b).IsSubtypeOf(ExceptionTypes.BaseException) || !ReferenceEquals(ExceptionStruct(a), ExceptionStruct(b))) return false;
        }
        else if (!ReferenceEquals(layout, PyType.LayoutOf(b))) return false;
        if (a.HasInstanceDict != b.HasInstanceDict || a.HasInstanceWeakRefs != b.HasInstanceWeakRefs) return false;
        // CPython's same_slots_added: the classes that add slots must be the same ones, except the most derived,
        // which may differ when it adds the same names to the same base.
        var slotsA = SlotLevels(a);
        var slotsB = SlotLevels(b);
        if (slotsA.Count != slotsB.Count) return false;
        for (int i = 0; i < slotsA.Count; i++)
        {
            if (ReferenceEquals(slotsA[i].Level, slotsB[i].Level)) continue;
            if (i != 0 || !slotsA[i].Names.SetEquals(slotsB[i].Names) || !ReferenceEquals(slotsA[i].Level.Base, slotsB[i].Level.Base)) return false;
        }
        return true;
    }

    // The nearest builtin exception with a struct of its own in a's MRO (BaseException when there is none).
    private static PyType ExceptionStruct(PyType t)
    {
        foreach (var m in t.Mro)
            if (!m.IsHeapType && Array.IndexOf(ExceptionsWithFields, m.Name) >= 0) return m;
        return ExceptionTypes.BaseException;
    }

    // The classes of t's MRO that declare slots other than __dict__ and __weakref__, most derived first, with their names.
    private static List<(PyType Level, HashSet<string> Names)> SlotLevels(PyType t)
    {
        var levels = new List<(PyType, HashSet<string>)>();
        foreach (var m in t.Mro)
            if (m.OwnSlotNames is { Count: > 0 } names) levels.Add((m, names));
        return levels;
    }
}
