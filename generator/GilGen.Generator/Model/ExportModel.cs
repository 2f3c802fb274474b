namespace GilGen.Generator.Model;

/// <summary>One [GilExport] method, as the extension module writer needs it.</summary>
/// <param name="MethodName">The C# method's name, escaped with @ when it is a keyword.</param>
/// <param name="PythonName">The Python function name.</param>
/// <param name="ClrName">The method's qualified C# name, for messages.</param>
/// <param name="ReleasesGil">True when the method runs without the GIL.</param>
/// <param name="ParameterTypes">Fully qualified parameter types, in order.</param>
/// <param name="ReturnType">Fully qualified return type, or <c>void</c>.</param>
/// <param name="FilePath">The .cs file that declares the method (its traceback line).</param>
/// <param name="Line">The 1-based line of the method's name.</param>
internal sealed record ExportModel(
    string MethodName,
    string PythonName,
    string ClrName,
    bool ReleasesGil,
    EquatableArray<string> ParameterTypes,
    string ReturnType,
    string FilePath,
    int Line);
