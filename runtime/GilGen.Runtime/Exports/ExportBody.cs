using System;

namespace GilGen.Runtime;

/// <summary>
/// The generated body of an <see cref="ExportedFunction"/>: converts the positional arguments (borrowed,
/// their count already checked), calls the C# method inside an <see cref="ExportCall"/> and returns the
/// converted result as a new reference.
/// </summary>
public delegate PyValue ExportBody(ThreadState ts, ReadOnlySpan<PyValue> args);
