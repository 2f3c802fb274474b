namespace GilGen.Compiler.Emit;

/// <summary>The fully qualified runtime names the generated code uses (docs/architecture/runtime-contract.md).</summary>
internal static class RuntimeNames
{
    public const string Value = "global::GilGen.Runtime.PyValue";
    public const string Ops = "global::GilGen.Runtime.Ops";
    public const string ThreadStateType = "global::GilGen.Runtime.ThreadState";
    public const string Function = "global::GilGen.Runtime.PyFunction";
    public const string FunctionBody = "global::GilGen.Runtime.FunctionBody";
    public const string Module = "global::GilGen.Runtime.PyModule";
    public const string ModuleDefinition = "global::GilGen.Runtime.ModuleDefinition";
    public const string CodeInfo = "global::GilGen.Runtime.CodeInfo";
    public const string SourceText = "global::GilGen.Runtime.SourceText";
    public const string AttributeSite = "global::GilGen.Runtime.AttributeSite";
    public const string CallSite = "global::GilGen.Runtime.CallSite";
    public const string ArgSpec = "global::GilGen.Runtime.ArgSpec";
    public const string ArgBinder = "global::GilGen.Runtime.ArgBinder";
    public const string Cell = "global::GilGen.Runtime.PyCell";
    public const string GeneratorFrameType = "global::GilGen.Runtime.GeneratorFrame";
    public const string GeneratorType = "global::GilGen.Runtime.PyGenerator";
    public const string GeneratorOpsType = "global::GilGen.Runtime.GeneratorOps";
    public const string AsyncOpsType = "global::GilGen.Runtime.AsyncOps";
    public const string ResumeModeType = "global::GilGen.Runtime.ResumeMode";
    public const string PyExceptionType = "global::GilGen.Runtime.PyException";
    public const string EmittedOpsType = "global::GilGen.Runtime.EmittedOps";
    public const string FrameExit = "global::GilGen.Runtime.FrameExit";
    public const string FrameScopeType = "global::GilGen.Runtime.FrameScope";
    public const string Dict = "global::GilGen.Runtime.PyDict";
    public const string CompareOp = "global::GilGen.Runtime.CompareOp";
    public const string ValueBuffer = "global::GilGen.Runtime.ValueBuffer";
    public const string Constants = "global::GilGen.Runtime.EmittedConstants";
    public const string ClrValue = "global::GilGen.Runtime.ClrValue";
    public const string Interpreter = "global::GilGen.GilInterpreter";
    public const string ReadOnlySpan = "global::System.ReadOnlySpan<global::GilGen.Runtime.PyValue>";
    public const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"GilGen\", \"0.1.0\")]";
}
