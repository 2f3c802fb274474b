using System.Collections.Generic;
using System.Linq;
using System.Threading;
using GilGen.Compiler;
using GilGen.Compiler.Bytecode;
using GilGen.Compiler.Emit;
using GilGen.Generator.Model;
using Microsoft.CodeAnalysis;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace GilGen.Generator;

public sealed partial class GilGenGenerator
{
    /// <summary>
    /// Compiles a <see cref="SnippetModel"/> with the Python compiler and emits C# with the
    /// C# emitter. Works on plain data only, so its results are cached with its inputs.
    /// </summary>
    private static class Emitter
    {
        /// <summary>The generated source and diagnostics for <paramref name="model"/>.</summary>
        /// <param name="model">The snippet.</param>
        /// <param name="programModules">The compilation's own modules (extension modules, .py files), which its imports may name too.</param>
        /// <param name="cancellationToken">Cancels the compile.</param>
        public static GeneratedSource Emit(SnippetModel model, EquatableArray<string> programModules, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var diagnostics = new List<SnippetDiagnostic>();
            var options = programModules.Count == 0
                ? CompilerOptions.Default
                : new CompilerOptions { KnownModules = CompilerOptions.DefaultKnownModules.Concat(programModules).ToArray() };
            var result = PythonCompiler.Compile(model.Source, model.FileName, options, cancellationToken);
            foreach (var diagnostic in result.Diagnostics)
            {
                var descriptor = DiagnosticDescriptors.ForCompilerDiagnostic(diagnostic.Id);
                // A compiler id without a descriptor of its own keeps its id in the text.
                var message = descriptor.Id == diagnostic.Id ? diagnostic.Message : diagnostic.Id + ": " + diagnostic.Message;
                // Compared by name so that this does not depend on the compiler's severity type.
                DiagnosticSeverity? severity = diagnostic.Severity.ToString() switch
                {
                    "Warning" => DiagnosticSeverity.Warning,
                    "Info" or "Information" => DiagnosticSeverity.Info,
                    _ => null,
                };
                diagnostics.Add(SnippetDiagnostic.InText(descriptor, System.Math.Max(diagnostic.Line, 0), diagnostic.Column, diagnostic.Start, diagnostic.Length, message)
                    with { Severity = severity });
            }

            var module = result.Success ? result.Module : null;
            string? pythonName = null;
            if (module is not null && model.Function is FunctionSignature function)
            {
                pythonName = CheckFunction(module, function, diagnostics);
            }

            // The parse step's own errors (GIL0004, GIL0005) already clear CanGenerate.
            var hasErrors = diagnostics.Any(d => (d.Severity ?? DiagnosticDescriptors.ById(d.Id).DefaultSeverity) == DiagnosticSeverity.Error);
            string? source = null;
            if (model.CanGenerate && module is not null && !hasErrors)
            {
                try
                {
                    source = CSharpEmitter.Emit(module, ToRequest(model, pythonName));
                    if (model.RegistersModule) source += ProgramModuleRegistration.Write(model);
                }
                catch (EmitException e)
                {
                    // The compiler accepted it but the emitter cannot translate it yet: a located GIL0002.
                    var line = System.Math.Max(1, e.Line);
                    diagnostics.Add(SnippetDiagnostic.InText(DiagnosticDescriptors.UnsupportedConstruct, line, 0, 0, 0, e.Message));
                }
                catch (System.Exception e) when (e is not System.OperationCanceledException)
                {
                    // A bug in the emitter: GIL0008 on the snippet, never a generator crash (CS8785) nor "unsupported".
                    diagnostics.Add(SnippetDiagnostic.At(DiagnosticAnchor.WholeSnippet, DiagnosticDescriptors.InternalError, InternalErrorMessage.For(e, "emitter")));
                }
            }
            else if (model.Function is { CanWriteStub: true } stubbed)
            {
                source = CompileErrorStub.Write(model, stubbed);
            }
            return new GeneratedSource(model.HintName, source, new EquatableArray<SnippetDiagnostic>(diagnostics.ToArray()));
        }

        // GIL0006 and the parameter-count half of GIL0005 need the compiled def; returns its name.
        private static string? CheckFunction(CodeObject module, FunctionSignature function, List<SnippetDiagnostic> diagnostics)
        {
            var defs = TopLevelDefs(module);
            if (defs.Count != 1)
            {
                var found = defs.Count == 0 ? "none" : defs.Count + " (" + string.Join(", ", defs.Select(d => d.Name)) + ")";
                diagnostics.Add(SnippetDiagnostic.At(DiagnosticAnchor.WholeSnippet, DiagnosticDescriptors.NotExactlyOneDef, found));
                return null;
            }
            var def = defs[0];
            var csharpCount = function.Parameters.Count - (function.HasInterpreterParameter ? 1 : 0);
            var takesVarArgs = (def.Flags & CodeFlags.VarArgs) != 0;
            if (csharpCount != def.ArgCount && !(takesVarArgs && csharpCount > def.ArgCount))
            {
                diagnostics.Add(SnippetDiagnostic.At(DiagnosticAnchor.Method, DiagnosticDescriptors.SignatureMismatch,
                    $"Method '{function.MethodName}' has {csharpCount} parameter(s) but def {def.Name} takes {def.ArgCount}"
                    + (takesVarArgs ? " or more" : string.Empty)));
            }
            return def.Name;
        }

        // A def's code object is optimized (CO_OPTIMIZED); class bodies are not, and lambdas and
        // comprehensions have names in angle brackets.
        private static List<CodeObject> TopLevelDefs(CodeObject module)
        {
            var defs = new List<CodeObject>();
            foreach (var constant in module.Constants)
            {
                if (constant.Kind == ConstantKind.Code && constant.Code is CodeObject code
                    && (code.Flags & CodeFlags.Optimized) != 0 && !code.Name.StartsWith("<", System.StringComparison.Ordinal))
                {
                    defs.Add(code);
                }
            }
            return defs;
        }

        private static ModuleEmitRequest ToRequest(SnippetModel model, string? pythonName)
        {
            var functions = new List<FunctionBinding>();
            if (model.Function is FunctionSignature function && pythonName is not null)
            {
                functions.Add(new FunctionBinding(
                    function.Modifiers,
                    function.ReturnType,
                    function.MethodName,
                    pythonName,
                    function.Parameters.Select(p => new MethodParameter(p.Type, p.Name)).ToList(),
                    function.HasInterpreterParameter));
            }
            return new ModuleEmitRequest(
                model.Namespace,
                model.ContainingTypes.ToList(),
                model.FileName,
                model.LineOffset,
                model.ModuleName,
                model.Source,
                functions,
                ExposeModuleMembers: model.Kind != SnippetKind.Function);
        }
    }
}
