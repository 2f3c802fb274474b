using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>
/// The generated C# method of a Python function. <paramref name="args"/> are borrowed; when
/// <paramref name="kwNames"/> is not null its last kwNames.Length entries are keyword argument values.
/// </summary>
public delegate PyValue FunctionBody(ThreadState ts, PyFunction fn, ReadOnlySpan<PyValue> args, string[]? kwNames);
