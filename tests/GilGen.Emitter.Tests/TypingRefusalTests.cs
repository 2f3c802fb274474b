namespace GilGen.Emitter.Tests;

/// <summary>
/// What GilGen's typing module lacks fails loudly, never as a silent different answer: each construct raises
/// NotImplementedError naming itself (CPython 3.12 runs these, so they cannot be conformance programs).
/// </summary>
public sealed class TypingRefusalTests
{
    [Theory]
    [InlineData("typing.TypeVarTuple('Ts')", "typing.TypeVarTuple")]
    public void A_missing_construct_raises_NotImplementedError_naming_it(string use, string name)
    {
        string source = "import typing\ntry:\n" + Indent(use) + "\n    print('ran')\nexcept NotImplementedError as e:\n    print(e)\n";
        Assert.Equal($"GilGen does not support {name} yet\n", ClassRunTests.Run(source));
    }

    [Fact]
    public void Hints_of_a_string_annotation_are_refused_as_they_need_eval()
    {
        const string source = """
            import typing
            class Node:
                next: "Node"
                value: int
            print(typing.get_type_hints(type("Plain", (), {"__annotations__": {"v": int}})))
            try:
                typing.get_type_hints(Node)
            except NotImplementedError as e:
                print(e)
            """;
        Assert.Equal("{'v': <class 'int'>}\n"
            + "GilGen does not support get_type_hints() of a string annotation yet (next: 'Node'): it needs eval\n", ClassRunTests.Run(source));
    }

    [Fact]
    public void A_runtime_checkable_protocol_with_data_members_refuses_isinstance()
    {
        const string source = """
            from typing import Protocol, runtime_checkable
            @runtime_checkable
            class HasName(Protocol):
                name: str
            class Named:
                def __init__(self):
                    self.name = "n"
            try:
                print(isinstance(Named(), HasName))
            except NotImplementedError as e:
                print(e)
            """;
        Assert.Equal("GilGen does not support isinstance() with a protocol that has data members yet (HasName.name)\n", ClassRunTests.Run(source));
    }

    private static string Indent(string code) => string.Join("\n", code.Split('\n').Select(line => "    " + line));
}
