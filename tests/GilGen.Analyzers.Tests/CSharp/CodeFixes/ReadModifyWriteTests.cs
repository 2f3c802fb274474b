using System.Linq;
using System.Threading;
using GilGen.Analyzers.Tests.Infrastructure;
using GilGen.CodeFixes.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.Analyzers.Tests.CSharp.CodeFixes;

/// <summary>How a diagnostic's location is read back as a read-modify-write.</summary>
public sealed class ReadModifyWriteTests
{
    private const string Source = """
        class Pair
        {
            public int n;

            public static void Run(Pair a, Pair b, int k)
            {
                a.n++;
                a.n = k - a.n;
                a.n = b.n + 1;
                a.n = a.n + k;
                a.n = k + a.n;
            }
        }
        """;

    private static ReadModifyWrite? Find(string text)
    {
        var tree = CSharpSyntaxTree.ParseText(Source, TestProject.ParseOptions);
        var compilation = CSharpCompilation.Create("Pair", [tree], TestReferences.All);
        var span = new TextSpan(Source.IndexOf(text, System.StringComparison.Ordinal), text.Length);
        return ReadModifyWrite.Find(tree.GetRoot(), span, compilation.GetSemanticModel(tree), CancellationToken.None);
    }

    [Fact]
    public void The_expression_is_found_from_its_own_span_or_its_statements()
    {
        Assert.IsType<PostfixUnaryExpressionSyntax>(Find("a.n++")!.Expression);
        Assert.IsType<PostfixUnaryExpressionSyntax>(Find("a.n++;")!.Expression);
        Assert.Null(Find("a.n"));
    }

    [Fact]
    public void Assignments_are_additions_only_of_the_same_field_of_the_same_object()
    {
        Assert.Equal(ReadModifyWriteOperator.Other, Find("a.n = k - a.n")!.Operator);
        Assert.Equal(ReadModifyWriteOperator.Other, Find("a.n = b.n + 1")!.Operator);
        var leftDelta = Find("a.n = a.n + k")!;
        Assert.Equal(ReadModifyWriteOperator.Add, leftDelta.Operator);
        Assert.Equal("k", leftDelta.DeltaIn(leftDelta.Expression)!.ToString());
        var rightDelta = Find("a.n = k + a.n")!;
        Assert.Equal(ReadModifyWriteOperator.Add, rightDelta.Operator);
        Assert.Equal("k", rightDelta.DeltaIn(rightDelta.Expression)!.ToString());
        Assert.Equal("a.n", rightDelta.TargetIn(rightDelta.Expression).ToString());
    }

    [Fact]
    public void The_member_its_type_and_what_becomes_of_the_value_are_read()
    {
        var found = Find("a.n = b.n + 1")!;
        Assert.IsAssignableFrom<IFieldSymbol>(found.Member);
        Assert.Equal(SpecialType.System_Int32, found.Type.SpecialType);
        Assert.True(found.ValueIsDiscarded);
        Assert.False(found.ValueIsReturned);
    }
}
