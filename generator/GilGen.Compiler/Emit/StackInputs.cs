using GilGen.Compiler.Bytecode;

namespace GilGen.Compiler.Emit;

/// <summary>
/// How many values on top of the stack an instruction takes as its inputs, for the order in which a frame
/// releases its stack when the instruction raises: CPython 3.12's instruction releases its own inputs first,
/// bottom first (DECREF_INPUTS, or a call's callable then its arguments), and exception_unwind then pops
/// what lies below, top first.
/// </summary>
internal static class StackInputs
{
    /// <summary>
    /// The inputs of <paramref name="op"/> that it releases itself when it raises. Exact for every instruction
    /// with two inputs or more; 1 for the rest, where the order is the same whatever the count.
    /// </summary>
    public static int Of(Opcode op, int arg)
    {
        switch (op)
        {
            case Opcode.BINARY_POWER: case Opcode.BINARY_MULTIPLY: case Opcode.BINARY_MATRIX_MULTIPLY:
            case Opcode.BINARY_MODULO: case Opcode.BINARY_ADD: case Opcode.BINARY_SUBTRACT: case Opcode.BINARY_SUBSCR:
            case Opcode.BINARY_FLOOR_DIVIDE: case Opcode.BINARY_TRUE_DIVIDE: case Opcode.BINARY_LSHIFT:
            case Opcode.BINARY_RSHIFT: case Opcode.BINARY_AND: case Opcode.BINARY_XOR: case Opcode.BINARY_OR:
            case Opcode.INPLACE_POWER: case Opcode.INPLACE_MULTIPLY: case Opcode.INPLACE_MATRIX_MULTIPLY:
            case Opcode.INPLACE_MODULO: case Opcode.INPLACE_ADD: case Opcode.INPLACE_SUBTRACT:
            case Opcode.INPLACE_FLOOR_DIVIDE: case Opcode.INPLACE_TRUE_DIVIDE: case Opcode.INPLACE_LSHIFT:
            case Opcode.INPLACE_RSHIFT: case Opcode.INPLACE_AND: case Opcode.INPLACE_XOR: case Opcode.INPLACE_OR:
            case Opcode.COMPARE_OP: case Opcode.IS_OP: case Opcode.CONTAINS_OP: case Opcode.DELETE_SUBSCR:
            case Opcode.STORE_ATTR: case Opcode.IMPORT_NAME: case Opcode.MAP_ADD:
                return 2;
            case Opcode.STORE_SUBSCR:
                return 3;
            case Opcode.CALL_FUNCTION:
                return arg + 1;
            case Opcode.CALL_METHOD: case Opcode.CALL_FUNCTION_KW:
                return arg + 2;
            case Opcode.CALL_FUNCTION_EX:
                return (arg & 1) != 0 ? 3 : 2;
            case Opcode.BUILD_TUPLE: case Opcode.BUILD_LIST: case Opcode.BUILD_SET: case Opcode.BUILD_STRING:
                return arg;
            case Opcode.BUILD_MAP:
                return 2 * arg;
            case Opcode.BUILD_CONST_KEY_MAP:
                return arg + 1;
            case Opcode.BUILD_SLICE:
                return arg;
            case Opcode.FORMAT_VALUE:
                return (arg & 0x04) != 0 ? 2 : 1;
            default:
                return 1;
        }
    }
}
