using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.Tests.CSharp.CodeFixes;

/// <summary>
/// TEST DOUBLE, not GilGen's analyzer: reports GIL2001 on every read-modify-write of a field or
/// property (++, --, a compound assignment, <c>x = x op y</c>) that is not inside a <c>lock</c>
/// statement, and GIL2002 instead when the field is volatile, located on the whole expression as the
/// real C# analyzers are. It knows nothing of threads, so the code-fix tests do not depend on the
/// real analyzers while these are being written; switch the tests to those once they exist.
/// It is handed to the verifiers directly, never loaded by a compiler, so it has no [DiagnosticAnalyzer]
/// (which would make the test project an analyzer assembly in the eyes of RS1036/RS1038/RS1041).
/// </summary>
[SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1001:Missing diagnostic analyzer attribute", Justification = "A test double, never loaded by a compiler.")]
internal sealed class ReadModifyWriteTestAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.SharedFieldReadModifyWrite, DiagnosticDescriptors.VolatileCompoundOperation);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(Analyze,
            OperationKind.Increment, OperationKind.Decrement, OperationKind.CompoundAssignment, OperationKind.SimpleAssignment);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        var target = context.Operation switch
        {
            IIncrementOrDecrementOperation step => step.Target,
            ICompoundAssignmentOperation compound => compound.Target,
            ISimpleAssignmentOperation { Value: IBinaryOperation binary } simple
                when ReadsTarget(binary.LeftOperand, simple.Target) || ReadsTarget(binary.RightOperand, simple.Target) => simple.Target,
            _ => null,
        };
        ISymbol? member = target switch
        {
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation property => property.Property,
            _ => null,
        };
        if (member is null || InsideLock(context.Operation.Syntax)) return;

        var descriptor = member is IFieldSymbol { IsVolatile: true }
            ? DiagnosticDescriptors.VolatileCompoundOperation
            : DiagnosticDescriptors.SharedFieldReadModifyWrite;
        var text = context.Operation.Syntax.ToString();
        object[] arguments = descriptor == DiagnosticDescriptors.VolatileCompoundOperation
            ? [text, member.Name]
            : [text, member.Name, "test"];
        context.ReportDiagnostic(Diagnostic.Create(descriptor, context.Operation.Syntax.GetLocation(), arguments));
    }

    private static bool ReadsTarget(IOperation operand, IOperation target)
    {
        while (operand is IConversionOperation conversion) operand = conversion.Operand;
        return (operand, target) switch
        {
            (IFieldReferenceOperation a, IFieldReferenceOperation b) => SymbolEqualityComparer.Default.Equals(a.Field, b.Field),
            (IPropertyReferenceOperation a, IPropertyReferenceOperation b) => SymbolEqualityComparer.Default.Equals(a.Property, b.Property),
            _ => false,
        };
    }

    /// <summary>In a lock statement's body, and not in a lambda or local function there (which runs later).</summary>
    private static bool InsideLock(SyntaxNode node) =>
        node.Ancestors()
            .TakeWhile(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            .Any(n => n is LockStatementSyntax);
}
