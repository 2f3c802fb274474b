using System;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace GilGen.Analyzers.Tests;

/// <summary>
/// The analyzers' cases import the pools (concurrent.futures, multiprocessing), which the runtime provides
/// in a later issue; until then the generator reports their import as GIL0003, as for any module the
/// runtime lacks. Tests that require snippets to compile accept exactly that diagnostic.
/// </summary>
internal static class ModulesNotYetProvided
{
    /// <summary>True for GIL0003 about concurrent(.futures) or multiprocessing.</summary>
    public static bool IsPoolImport(Diagnostic d) =>
        d.Id == "GIL0003" && d.GetMessage(CultureInfo.InvariantCulture) is var m
        && (m.Contains("'concurrent", StringComparison.Ordinal) || m.Contains("'multiprocessing'", StringComparison.Ordinal));
}
