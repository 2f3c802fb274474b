using System.Text;
using GilGen.Generator.Model;

namespace GilGen.Generator;

/// <summary>
/// The code that registers a .py file's module by name (<c>ModuleRegistry.RegisterProgramModule</c>, from a module
/// initializer), appended to the file's generated class: the program's other modules and snippets then import it by
/// name, as CPython finds a project's modules on its path.
/// </summary>
internal static class ProgramModuleRegistration
{
    /// <summary>The registration of <paramref name="model"/>'s module: a part of its generated class.</summary>
    public static string Write(SnippetModel model)
    {
        var code = new StringBuilder();
        string indent = "";
        if (model.Namespace is not null)
        {
            code.Append("namespace ").AppendLine(model.Namespace).AppendLine("{");
            indent = "    ";
        }
        foreach (var type in model.ContainingTypes)
        {
            code.Append(indent).AppendLine(type).Append(indent).AppendLine("{");
            indent += "    ";
        }
        code.Append(indent).AppendLine("// Registers the module by name, so that the program's other modules import it (made on the first import).");
        code.Append(indent).AppendLine("[global::System.Runtime.CompilerServices.ModuleInitializer]");
        code.Append(indent).Append("internal static void __gil_RegisterModule() => global::GilGen.Runtime.ModuleRegistry.RegisterProgramModule(")
            .Append(Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(model.ModuleName, quote: true)).AppendLine(", static () => ModuleDefinition);");
        for (int i = model.ContainingTypes.Count; i > 0; i--)
        {
            indent = indent.Substring(4);
            code.Append(indent).AppendLine("}");
        }
        if (model.Namespace is not null) code.AppendLine("}");
        return code.ToString();
    }
}
