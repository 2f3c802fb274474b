using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>Py_ReprEnter/Leave: stops repr of a container that contains itself from recursing forever.</summary>
public static class ReprGuard
{
    [ThreadStatic] private static HashSet<object>? _active;

    /// <summary>False when <paramref name="o"/> is already being printed on this thread.</summary>
    public static bool Enter(object o) => (_active ??= new HashSet<object>(ReferenceEqualityComparer.Instance)).Add(o);

    /// <summary>Ends the repr of <paramref name="o"/>.</summary>
    public static void Exit(object o) => _active?.Remove(o);
}
