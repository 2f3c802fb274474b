using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using GilGen.Compiler;
using GilGen.Compiler.Bytecode;

namespace GilGen.Compiler.Tests;

/// <summary>Test data next to the test assembly, and the normalized views the tests compare.</summary>
internal static class TestFiles
{
    public static string Dir(string name) => Path.Combine(System.AppContext.BaseDirectory, name);

    public static string Read(string folder, string file) => File.ReadAllText(Path.Combine(Dir(folder), file)).Replace("\r\n", "\n");

    public static IEnumerable<object[]> GoldenNames()
        => Directory.GetFiles(Dir("Golden"), "*.py").Select(Path.GetFileName).Where(n => n != "make-golden.py").OrderBy(n => n).Select(n => new object[] { n! });

    public static string Address(CodeObject _) => "0x0000";

    /// <summary>
    /// The modules the seeds' examples and the goldens import that the runtime does not provide yet (the
    /// pools are the next issue). Bytecode tests check the code, not whether the import runs, so they
    /// accept these too; a user's compile reports them as GIL0003.
    /// </summary>
    public static readonly string[] NotYetProvidedModules = { "multiprocessing" };

    /// <summary>Options for bytecode tests: the runtime's modules and <see cref="NotYetProvidedModules"/>.</summary>
    public static readonly CompilerOptions BytecodeOptions = new() { KnownModules = CompilerOptions.DefaultKnownModules.Concat(NotYetProvidedModules).ToArray() };

    public static CodeObject CompileOk(string source, string fileName)
    {
        var result = PythonCompiler.Compile(source, fileName, BytecodeOptions);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Module!;
    }

    /// <summary>The same dump make-golden.py writes.</summary>
    public static string Meta(CodeObject co)
    {
        var sb = new StringBuilder();
        Meta(co, sb);
        return sb.ToString();
    }

    private static void Meta(CodeObject co, StringBuilder sb)
    {
        sb.Append("code ").Append(co.Name).Append('\n');
        sb.Append("  firstlineno ").Append(co.FirstLineNo).Append('\n');
        sb.Append($"  argcount {co.ArgCount} posonly {co.PosOnlyArgCount} kwonly {co.KwOnlyArgCount} nlocals {co.VarNames.Count}\n");
        sb.Append("  stacksize ").Append(co.StackSize).Append('\n');
        sb.Append("  flags 0x").Append(((int)co.Flags).ToString("x")).Append('\n');
        sb.Append("  consts ").Append(string.Join(", ", co.Constants.Select(c => PythonRepr.Repr(c, Address)))).Append('\n');
        sb.Append("  names ").Append(string.Join(", ", co.Names)).Append('\n');
        sb.Append("  varnames ").Append(string.Join(", ", co.VarNames)).Append('\n');
        sb.Append("  freevars ").Append(string.Join(", ", co.FreeVars)).Append('\n');
        sb.Append("  cellvars ").Append(string.Join(", ", co.CellVars)).Append('\n');
        sb.Append("  lnotab ").Append(string.Concat(co.LineTable.Select(b => b.ToString("x2")))).Append('\n');
        foreach (var c in co.Constants)
            if (c.Kind == ConstantKind.Code) Meta(c.Code!, sb);
    }
}
