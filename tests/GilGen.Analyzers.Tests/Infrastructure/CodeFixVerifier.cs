using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GilGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// Before/after tests for code fixes on C# documents, run by Microsoft.CodeAnalysis.Testing
/// (<see cref="GilGenCodeFixTest"/>): <c>source</c> marks every diagnostic the analyzer reports
/// (<c>{|GIL2001:text|}</c>); the fixes are applied one at a time until none is left and must give
/// <c>fixedSource</c>; Fix All (document, project and solution scope) must give <c>batchFixedSource</c>,
/// or <c>fixedSource</c> when that is not given. Diagnostics still reported afterwards are marked in the
/// fixed sources; the fixed code must compile without a new warning.
/// </summary>
internal static class CodeFixVerifier
{
    /// <summary>Runs the fix (the first one offered, or the one of <paramref name="equivalenceKey"/>) on Test0.cs.</summary>
    public static Task VerifyAsync(DiagnosticAnalyzer analyzer, CodeFixProvider fix, string source, string fixedSource,
        string? batchFixedSource = null, string? equivalenceKey = null, LanguageVersion languageVersion = LanguageVersion.Latest) =>
        new GilGenCodeFixTest(analyzer, fix)
        {
            TestCode = source,
            FixedCode = fixedSource,
            BatchFixedCode = batchFixedSource!,
            CodeActionEquivalenceKey = equivalenceKey,
            LanguageVersion = languageVersion,
        }.RunAsync();
}
