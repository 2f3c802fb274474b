namespace GilGen.Generator.Model;

/// <summary>The declaration of a [GilFunction] partial method, as the emitter needs it.</summary>
/// <param name="Modifiers">The modifiers as written, e.g. <c>public static partial</c>.</param>
/// <param name="ReturnType">Fully qualified return type (<c>void</c> included).</param>
/// <param name="MethodName">The method's name.</param>
/// <param name="Parameters">Every parameter, the interpreter parameter included.</param>
/// <param name="HasInterpreterParameter">True when the first parameter is a <c>GilGen.GilInterpreter</c>.</param>
/// <param name="CanWriteStub">
/// True when a throwing implementation can be written for it after a compile error (it is a
/// non-generic static partial method in partial types), so that only the GIL diagnostic shows.
/// </param>
internal sealed record FunctionSignature(
    string Modifiers,
    string ReturnType,
    string MethodName,
    EquatableArray<ParameterModel> Parameters,
    bool HasInterpreterParameter,
    bool CanWriteStub);
