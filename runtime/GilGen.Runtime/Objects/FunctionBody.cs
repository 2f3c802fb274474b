using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>
/// The generated C# method of a Python function. It takes over the references in <paramref name="args"/>
/// (its frame owns them and releases them, also when it raises), as CPython 3.11+ moves a call's arguments into
/// the new frame, so that sys.getrefcount and __del__ inside the callee see CPython's counts; when
/// <paramref name="kwNames"/> is not null its last kwNames.Length entries are keyword argument values.
/// </summary>
public delegate PyValue FunctionBody(ThreadState ts, PyFunction fn, ReadOnlySpan<PyValue> args, string[]? kwNames);
