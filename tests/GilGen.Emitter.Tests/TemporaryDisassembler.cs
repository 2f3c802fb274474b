namespace GilGen.Compiler.Bytecode;

internal static class Disassembler
{
    public static string Dis(CodeObject code) => "(dis pending)";
}
