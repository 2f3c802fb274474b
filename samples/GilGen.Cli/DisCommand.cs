using System.Collections.Generic;
using System.Linq;
using System.IO;
using GilGen.Cli.CommandLine;
using GilGen.Cli.Compilation;
using GilGen.Cli.Execution;
using GilGen.Compiler;
using GilGen.Compiler.Bytecode;

namespace GilGen.Cli;

/// <summary>
/// <c>gilgen dis FILE.py</c>: prints the module's bytecode and then, recursively, every code object it
/// contains, as <c>python3.9 -m dis FILE.py</c> does. Nothing is run and nothing is cached.
/// </summary>
public static class DisCommand
{
    /// <summary>Disassembles the file named by <paramref name="args"/> and returns the exit status.</summary>
    /// <param name="args">The arguments after <c>dis</c>: exactly one file.</param>
    /// <param name="stdout">Where the listing goes.</param>
    /// <param name="stderr">Where a SyntaxError goes.</param>
    public static int Execute(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count != 1)
            throw new UsageException("dis: exactly one .py file is expected");
        ScriptFile? file = ScriptFile.TryRead(args[0], stderr);
        if (file is null)
            return ExitStatus.CannotOpenFile;

        // `python -m dis` compiles with the path as written (code reprs show it), unlike a script run.
        string fileName = args[0];
        // Its imports may name the modules beside it, as under `gilgen run`.
        var options = new CompilerOptions { KnownModules = CompilerOptions.DefaultKnownModules.Concat(ProgramModules.NamesBeside(fileName)).ToArray() };
        CompileResult compiled = PythonCompiler.Compile(file.Source, fileName, options);
        if (!compiled.Success || compiled.Module is null)
        {
            SyntaxErrorReport.Write(stderr, compiled.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error), fileName, file.Source);
            return ExitStatus.UncaughtException;
        }
        // Disassembler.Dis is dis.dis: the module, then each nested code object after its repr.
        stdout.Write(Disassembler.Dis(compiled.Module));
        stdout.Flush();
        return ExitStatus.Success;
    }
}
