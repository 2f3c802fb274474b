using Microsoft.CodeAnalysis;

namespace GilGen.Generator.Model;

/// <summary>
/// A diagnostic as plain data (descriptor id, where, message arguments), so that it can travel
/// through cached pipeline steps; <see cref="ToDiagnostic"/> makes the real one at report time.
/// </summary>
/// <param name="Id">The descriptor's id, e.g. <c>GIL0001</c>.</param>
/// <param name="Location">Where to report it.</param>
/// <param name="MessageArguments">Arguments of the descriptor's message format.</param>
/// <param name="Severity">The severity to report with, when it is not the descriptor's (a compiler warning).</param>
internal sealed record DiagnosticInfo(string Id, LocationInfo Location, EquatableArray<string> MessageArguments, DiagnosticSeverity? Severity = null)
{
    /// <summary>A diagnostic of <paramref name="descriptor"/> with the given message arguments.</summary>
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params string[] messageArguments)
        => new(descriptor.Id, location, new EquatableArray<string>(messageArguments));

    /// <summary>Makes the Roslyn diagnostic.</summary>
    public Diagnostic ToDiagnostic()
    {
        var arguments = new object[MessageArguments.Count];
        for (var i = 0; i < arguments.Length; i++) arguments[i] = MessageArguments[i];
        var descriptor = DiagnosticDescriptors.ById(Id);
        return Diagnostic.Create(descriptor, Location.ToLocation(), Severity ?? descriptor.DefaultSeverity,
            additionalLocations: null, properties: null, messageArgs: arguments);
    }
}
