using System.Runtime.CompilerServices;
using GilGen.Compiler.Bytecode;

namespace GilGen.Cli;

/// <summary>
/// CPython's repr of a code object, <c>&lt;code object foo at 0x7f..., file "x.py", line 4&gt;</c>,
/// as <c>dis</c> prints it above a nested function.
/// </summary>
public static class CodeObjectRepr
{
    /// <summary>The repr of <paramref name="code"/>. The address, as in CPython, differs from run to run.</summary>
    public static string Of(CodeObject code)
    {
        // No real address exists; the identity hash plays its part (unique among live objects).
        long address = 0x7f0000000000L + ((long)RuntimeHelpers.GetHashCode(code) << 4);
        return $"<code object {code.Name} at 0x{address:x}, file \"{code.FileName}\", line {code.FirstLineNo}>";
    }
}
