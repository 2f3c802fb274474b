// TEMPORARY: lets the generator build while GilGen.Compiler's PythonCompiler and CSharpEmitter are
// being written. The csproj defines GILGEN_PYTHON_COMPILER_PENDING / GILGEN_CSHARP_EMITTER_PENDING
// only while those files are missing; delete this file once both have landed.
using System.Collections.Generic;
using GilGen.Compiler.Bytecode;

#if GILGEN_PYTHON_COMPILER_PENDING
namespace GilGen.Compiler
{
    internal static class PythonCompiler
    {
        public static PendingCompileResult Compile(string source, string fileName)
            => new(null, new[] { new PendingDiagnostic("GIL0002", "The Python compiler is not built yet", "Error", 1, 0, 0, 0) }, false);
    }

    internal sealed record PendingCompileResult(CodeObject? Module, IReadOnlyList<PendingDiagnostic> Diagnostics, bool Success);

    internal sealed record PendingDiagnostic(string Id, string Message, string Severity, int Line, int Column, int Start, int Length);
}

#endif

#if GILGEN_CSHARP_EMITTER_PENDING
namespace GilGen.Compiler.Emit
{
    internal static class CSharpEmitter
    {
        public static string Emit(CodeObject module, ModuleEmitRequest request) => "// emitter pending";
    }
}
#endif
