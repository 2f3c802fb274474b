namespace GilGen.Analyzers.Tests.CSharp;

/// <summary>
/// One markup case for the C# rules: a source with every diagnostic the C# analyzers must report
/// marked in it (<c>[|…|]</c> is a diagnostic of <see cref="Rule"/>, <c>{|GIL2004:…|}</c> one of the
/// named id), nothing else. A case without marks is a safe look-alike: no C# rule may report in it.
/// </summary>
/// <param name="Rule">The rule the case is about, and the id of its <c>[|…|]</c> spans.</param>
/// <param name="Name">What the case shows, as a sentence in snake case.</param>
/// <param name="Markup">The source with its marks, without the usings every case gets (<see cref="Source"/>).</param>
public sealed record RuleCase(string Rule, string Name, string Markup)
{
    /// <summary>The usings every case compiles with.</summary>
    public const string Usings =
        "using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Runtime.CompilerServices;\nusing System.Threading;\nusing System.Threading.Tasks;\nusing GilGen;\n";

    /// <summary>The full source with its marks, as the verifier reads it.</summary>
    public string Source => Usings + Markup;

    /// <summary>Whether the case expects any diagnostic (a racy case) rather than none (a safe look-alike).</summary>
    public bool ExpectsDiagnostics => Markup.Contains("[|") || Markup.Contains("{|");

    /// <inheritdoc/>
    public override string ToString() => Rule + ": " + Name;
}
