using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace GilGen.CodeFixes.CSharp;

/// <summary>
/// The <c>private static readonly</c> field a lock fix locks on: one per guarded field or property,
/// declared in the type that declares it, named after it (<c>total</c> → <c>s_totalGate</c>, or
/// <c>_totalGate</c> in a type whose fields start with <c>_</c>).
/// </summary>
/// <remarks>
/// <para>The gate lives in the guarded member's own type because every update of the member must
/// take the same lock: a gate in whichever type the update happens to be in would let two types
/// update it at once. So the lock fix is offered only inside that type (or a type nested in it),
/// where a private gate is in reach.</para>
/// <para>It is static even for an instance field: one gate for all instances is coarser than one per
/// instance, but correct whichever instance is updated (<c>other.count++</c>) and right in a struct,
/// whose instance fields are copied.</para>
/// <para>A gate that an earlier fix declared (a static readonly object or Lock of the same name) is
/// reused, so fixing updates one at a time ends with the same single gate as Fix All.</para>
/// </remarks>
internal sealed class GateField
{
    private GateField(TypeDeclarationSyntax host, string name, bool exists)
    {
        Host = host;
        Name = name;
        Exists = exists;
    }

    /// <summary>The declaration (in this document) of the type the gate belongs to.</summary>
    public TypeDeclarationSyntax Host { get; }

    /// <summary>The gate's name.</summary>
    public string Name { get; }

    /// <summary>The gate is already declared; nothing to add.</summary>
    public bool Exists { get; }

    /// <summary>
    /// The declaration of the type that declares <paramref name="member"/> among the ancestors of
    /// <paramref name="site"/>, or null when the site is outside it (or in an interface, which has no place for a gate).
    /// </summary>
    public static TypeDeclarationSyntax? FindHost(SyntaxNode site, ISymbol member, SemanticModel model, CancellationToken cancellationToken)
    {
        var owner = member.ContainingType?.OriginalDefinition;
        if (owner is null) return null;
        return site.Ancestors().OfType<TypeDeclarationSyntax>()
            .Where(t => t is ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax)
            .FirstOrDefault(t => SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(t, cancellationToken), owner));
    }

    /// <summary>
    /// The gate for <paramref name="member"/> in <paramref name="host"/>, named in locks at
    /// <paramref name="positions"/> (those of the updates): the existing gate of that name if there is
    /// one, otherwise the first free name (s_totalGate, s_totalGate1, …) that nothing in scope at those
    /// positions, no member of the type and no name in <paramref name="reserved"/> (gates chosen for
    /// other members in the same fix) would clash with.
    /// </summary>
    public static GateField Choose(TypeDeclarationSyntax host, ISymbol member, IReadOnlyCollection<int> positions,
        SemanticModel model, ISet<string> reserved, CancellationToken cancellationToken)
    {
        var type = model.GetDeclaredSymbol(host, cancellationToken)!;
        var baseName = Prefix(type) + BaseName(member) + "Gate";
        for (var i = 0; ; i++)
        {
            var name = i == 0 ? baseName : baseName + i;
            if (reserved.Contains(name)) continue;
            var existing = type.GetMembers(name);
            if (existing.Length == 1 && existing[0] is IFieldSymbol { IsStatic: true, IsReadOnly: true } field
                && GateType.CanGate(field.Type)
                && positions.All(p => model.LookupSymbols(p, name: name).FirstOrDefault() is { } found
                                      && SymbolEqualityComparer.Default.Equals(found, field)))
            {
                reserved.Add(name);
                return new GateField(host, name, exists: true);
            }
            if (existing.Length > 0 || IsTaken(name, type, host, positions, model)) continue;
            reserved.Add(name);
            return new GateField(host, name, exists: false);
        }
    }

    /// <summary><c>private static readonly Lock s_totalGate = new();</c> (or <c>object</c>; <c>new Lock()</c> before C# 9).</summary>
    public FieldDeclarationSyntax CreateDeclaration(SemanticModel model, SyntaxGenerator generator)
    {
        var type = GateType.Syntax(model, Host.OpenBraceToken.Span.End, generator);
        ExpressionSyntax creation = model.Compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp9 }
            ? ImplicitObjectCreationExpression()
            : ObjectCreationExpression(type, ArgumentList(), initializer: null);
        return FieldDeclaration(VariableDeclaration(type, SingletonSeparatedList(
                VariableDeclarator(Identifier(Name)).WithInitializer(EqualsValueClause(creation)))))
            .WithModifiers(TokenList(Token(SyntaxKind.PrivateKeyword), Token(SyntaxKind.StaticKeyword), Token(SyntaxKind.ReadOnlyKeyword)))
            .WithAdditionalAnnotations(Formatter.Annotation);
    }

    /// <summary>
    /// Where the declaration goes: among the fields, after the guarded field when it is declared in
    /// <see cref="Host"/>, else after the last field, else (null) first in the type.
    /// </summary>
    public MemberDeclarationSyntax? InsertAfter(ISymbol member, SemanticModel model, CancellationToken cancellationToken)
    {
        var fields = Host.Members.OfType<FieldDeclarationSyntax>().ToList();
        var guarded = fields.FirstOrDefault(field => field.Declaration.Variables.Any(v =>
            SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(v, cancellationToken), member.OriginalDefinition)));
        return guarded ?? fields.LastOrDefault();
    }

    /// <summary>
    /// A new member <paramref name="name"/> would clash: it is the type's own name or a type
    /// parameter's, or something of that name is already in scope where the gate is named (a local,
    /// a parameter, an inherited or outer member) or in the type's body, which the new field would
    /// shadow or hide, or which would shadow it.
    /// </summary>
    private static bool IsTaken(string name, INamedTypeSymbol type, TypeDeclarationSyntax host, IEnumerable<int> positions, SemanticModel model)
    {
        if (name == type.Name || type.TypeParameters.Any(p => p.Name == name)) return true;
        if (model.LookupSymbols(host.OpenBraceToken.Span.End, name: name).Any()) return true;
        return positions.Any(p => model.LookupSymbols(p, name: name).Any());
    }

    /// <summary>The prefix of the type's static fields: s_ (the default, .NET's convention) or _ when its fields use that.</summary>
    private static string Prefix(INamedTypeSymbol type)
    {
        var fields = type.GetMembers().OfType<IFieldSymbol>().Where(f => !f.IsImplicitlyDeclared && !f.IsConst).ToList();
        if (fields.Any(f => f.IsStatic && f.Name.StartsWith("s_", System.StringComparison.Ordinal))) return "s_";
        if (fields.Any(f => f.Name.StartsWith("_", System.StringComparison.Ordinal))) return "_";
        return "s_";
    }

    /// <summary>The member's name without its prefix, in camelCase: s_total, _total, m_total and Total all give total.</summary>
    private static string BaseName(ISymbol member)
    {
        var name = member.Name;
        foreach (var prefix in new[] { "s_", "m_", "t_" })
        {
            if (name.StartsWith(prefix, System.StringComparison.Ordinal) && name.Length > prefix.Length)
            {
                name = name.Substring(prefix.Length);
                break;
            }
        }
        name = name.TrimStart('_');
        if (name.Length == 0) return "value";
        return char.ToLowerInvariant(name[0]) + name.Substring(1);
    }
}
