using System;

namespace GilGen.Runtime;

/// <summary>
/// A <c>ReleasesGil</c> export tried to run Python (or to give up a GIL it does not hold) while the GIL is
/// released. It leaves the export as Python's RuntimeError with this message.
/// </summary>
public sealed class GilNotHeldException : InvalidOperationException
{
    /// <summary>The error for <paramref name="export"/>.</summary>
    public GilNotHeldException(ExportedFunction export)
        : base($"{export.QualifiedName} runs without the GIL (ReleasesGil = true) and cannot use Python objects; "
               + "call Python through a [GilFunction] (it takes the GIL) or export the method without ReleasesGil")
    {
        Export = export;
    }

    /// <summary>The export that ran without the GIL.</summary>
    public ExportedFunction Export { get; }
}
