using System.Collections.Generic;

namespace GilGen.Compiler.Syntax.Ast;

/// <summary>Lists a node's direct children by letting <see cref="SyntaxWalker"/> visit it one level deep.</summary>
internal sealed class ChildCollector : SyntaxWalker
{
    private readonly SyntaxNode _parent;
    private readonly List<SyntaxNode> _children = new();

    private ChildCollector(SyntaxNode parent) => _parent = parent;

    public static IReadOnlyList<SyntaxNode> Collect(SyntaxNode parent)
    {
        var collector = new ChildCollector(parent);
        parent.Accept(collector);
        return collector._children;
    }

    public override void Visit(SyntaxNode? node)
    {
        if (node is not null) _children.Add(node);
    }
}
