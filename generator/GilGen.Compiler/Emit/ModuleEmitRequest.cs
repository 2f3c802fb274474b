using System.Collections.Generic;

namespace GilGen.Compiler.Emit;

/// <summary>
/// What the C# emitter needs to know about where the generated code goes: the partial class that
/// receives it (with its namespace and containing types) and the partial methods it implements.
/// Plain data, so the generator can build it from its equatable pipeline models.
/// </summary>
/// <param name="Namespace">The namespace of the outermost type, or null for the global namespace.</param>
/// <param name="ContainingTypes">Outermost first, each as its declaration head, e.g. <c>static partial class Demo</c>.</param>
/// <param name="FileName">The file name used in #line directives and tracebacks (a .cs path for attributes, the .py path otherwise).</param>
/// <param name="LineOffset">Added to snippet line numbers in #line directives (the line of the literal's first content line, minus one); 0 for .py files.</param>
/// <param name="ModuleName">The Python module name (<c>__name__</c> when imported).</param>
/// <param name="Source">The snippet, after dedent: what the compiler compiled.</param>
/// <param name="Functions">The <c>[GilFunction]</c> partial methods to implement (empty for a <c>[GilModule]</c>).</param>
/// <param name="ExposeModuleMembers">True for <c>[GilModule]</c> and .py files: emit Run(), Globals and one static method per top-level def.</param>
public sealed record ModuleEmitRequest(
    string? Namespace,
    IReadOnlyList<string> ContainingTypes,
    string FileName,
    int LineOffset,
    string ModuleName,
    string Source,
    IReadOnlyList<FunctionBinding> Functions,
    bool ExposeModuleMembers);

/// <summary>A partial method declared by the user and implemented by calling a Python function.</summary>
/// <param name="Modifiers">The declaration's modifiers as written, e.g. <c>public static partial</c>.</param>
/// <param name="ReturnType">Fully qualified C# return type (<c>void</c>, <c>long</c>, <c>global::GilGen.Runtime.PyValue</c>, ...).</param>
/// <param name="MethodName">The C# method name.</param>
/// <param name="PythonName">The name of the def in the snippet that the method calls.</param>
/// <param name="Parameters">Fully qualified C# type and name of each parameter, in order.</param>
/// <param name="HasInterpreterParameter">True when the first parameter is a <c>GilGen.GilInterpreter</c> choosing the interpreter.</param>
public sealed record FunctionBinding(
    string Modifiers,
    string ReturnType,
    string MethodName,
    string PythonName,
    IReadOnlyList<MethodParameter> Parameters,
    bool HasInterpreterParameter);

/// <summary>A C# parameter: fully qualified type and name.</summary>
public sealed record MethodParameter(string Type, string Name);
