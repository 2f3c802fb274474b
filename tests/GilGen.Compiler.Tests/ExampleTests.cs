using System.Collections.Generic;
using System.Linq;
using GilGen.Compiler.Bytecode;

namespace GilGen.Compiler.Tests;

/// <summary>The seed examples: all compile, and 05/09 disassemble byte for byte as their .out files say.</summary>
public class ExampleTests
{
    private static CodeObject Function(CodeObject module, string name)
        => module.Constants.Where(c => c.Kind == ConstantKind.Code).Select(c => c.Code!).Single(c => c.Name == name);

    [Fact]
    public void Example05_dis_foo()
    {
        var module = TestFiles.CompileOk(TestFiles.Read("Examples", "05_dis_foo.py"), "05_dis_foo.py");
        Assert.Equal(TestFiles.Read("Examples", "05_dis_foo.out"), Disassembler.Dis(Function(module, "foo")));
    }

    [Fact]
    public void Example09_dis_print()
    {
        var module = TestFiles.CompileOk(TestFiles.Read("Examples", "09_dis_print.py"), "09_dis_print.py");
        var expected = TestFiles.Read("Examples", "09_dis_print.out");
        // The first line is what the program prints before calling dis.
        Assert.StartsWith("hello\n", expected);
        Assert.Equal(expected["hello\n".Length..], Disassembler.Dis(Function(module, "test")));
    }

    public static IEnumerable<object[]> AllExamples
        => System.IO.Directory.GetFiles(TestFiles.Dir("Examples"), "*.py").Select(p => new object[] { System.IO.Path.GetFileName(p) });

    [Theory]
    [MemberData(nameof(AllExamples))]
    public void Every_example_compiles(string file)
    {
        var result = PythonCompiler.Compile(TestFiles.Read("Examples", file), file, TestFiles.BytecodeOptions);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Syntax);
    }
}
