using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>
/// A function implemented in C#. <paramref name="args"/> are borrowed (for methods args[0] is self);
/// when <paramref name="kwNames"/> is not null its last kwNames.Length entries are keyword values.
/// Returns a new reference.
/// </summary>
public delegate PyValue BuiltinBody(ThreadState ts, ReadOnlySpan<PyValue> args, string[]? kwNames);
