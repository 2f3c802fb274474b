using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>Stable per-object identities for id() and default hashes (the CLR moves objects, so no addresses).</summary>
public static class ObjectId
{
    private static readonly ConditionalWeakTable<object, object> Ids = new();
    private static long _next = 0x7f0000001000;

    /// <summary>The id of <paramref name="o"/>: unique while it lives, spaced like CPython's addresses.</summary>
    public static long Of(object o) =>
        (long)Ids.GetValue(o, static _ => Interlocked.Add(ref _next, 48));
}
