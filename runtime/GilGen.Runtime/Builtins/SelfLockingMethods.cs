using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// Makes every builtin method of a container type run under its receiver's per-object lock when the process
/// runs without a GIL (<see cref="FreeThreading"/>): what CPython 3.13t's Argument Clinic
/// <c>@critical_section</c> does for list, dict and set methods, so that <c>append</c>, <c>pop</c>,
/// <c>update</c>, <c>add</c> and the rest never see a container half changed by another thread.
/// </summary>
/// <remarks>Installed only in a process that runs in <see cref="FreeThreading"/> mode. See docs/architecture/design.md §4.</remarks>
public static class SelfLockingMethods
{
    /// <summary>Wraps the methods that <paramref name="type"/> defines itself (not inherited ones).</summary>
    public static void Install(PyType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        // A process that relies on a GIL keeps the methods as they are: nothing to pay.
        if (!FreeThreading.Enabled) return;
        // A copy without LINQ: this method is compiled at every start-up (PyType's static constructor calls it), and
        // a LINQ call in it would load System.Linq into every process, GIL or not.
        foreach (var (name, value) in new List<KeyValuePair<string, PyValue>>(type.Dict))
        {
            if (value.Obj is PyBuiltinFunction { IsMethodDescriptor: true } f && ReferenceEquals(f.OwnerType, type))
                type.Dict[name] = PyValue.From(new PyBuiltinFunction(f.Name, Locked(f.Body), type) { ModuleName = f.ModuleName });
        }
        type.Modified();
    }

    private static BuiltinBody Locked(BuiltinBody body) => (ts, args, kwNames) =>
    {
        if (args.Length == 0 || args[0].Obj is not PyObject self) return body(ts, args, kwNames);
        using (FreeThreading.Lock(self)) return body(ts, args, kwNames);
    };
}
