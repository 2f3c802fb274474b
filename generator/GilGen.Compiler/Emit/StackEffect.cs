using GilGen.Compiler.Bytecode;

namespace GilGen.Compiler.Emit;

/// <summary>
/// How many values each instruction leaves on the evaluation stack, as CPython 3.9's
/// <c>dis.stack_effect(op, arg, jump)</c> reports it. The emitter gives every stack slot its own C#
/// local, so it needs the depth before each instruction.
/// </summary>
internal static class StackEffect
{
    public static int Of(Opcode op, int arg, bool jump)
    {
        switch (op)
        {
            case Opcode.NOP: case Opcode.EXTENDED_ARG: case Opcode.ROT_TWO: case Opcode.ROT_THREE: case Opcode.ROT_FOUR:
            case Opcode.UNARY_POSITIVE: case Opcode.UNARY_NEGATIVE: case Opcode.UNARY_NOT: case Opcode.UNARY_INVERT:
            case Opcode.GET_ITER: case Opcode.LIST_TO_TUPLE: case Opcode.POP_BLOCK: case Opcode.LOAD_ATTR:
            case Opcode.DELETE_NAME: case Opcode.DELETE_GLOBAL: case Opcode.DELETE_FAST: case Opcode.DELETE_DEREF:
            case Opcode.JUMP_FORWARD: case Opcode.JUMP_ABSOLUTE: case Opcode.SETUP_ANNOTATIONS:
                return 0;
            case Opcode.DUP_TOP: case Opcode.WITH_EXCEPT_START: case Opcode.LOAD_BUILD_CLASS: case Opcode.LOAD_ASSERTION_ERROR:
            case Opcode.LOAD_CONST: case Opcode.LOAD_NAME: case Opcode.LOAD_GLOBAL: case Opcode.LOAD_FAST:
            case Opcode.LOAD_CLOSURE: case Opcode.LOAD_DEREF: case Opcode.LOAD_CLASSDEREF: case Opcode.IMPORT_FROM:
            case Opcode.LOAD_METHOD:
                return 1;
            case Opcode.DUP_TOP_TWO:
                return 2;
            case Opcode.RERAISE: case Opcode.POP_EXCEPT:
                return -3;
            case Opcode.STORE_SUBSCR:
                return -3;
            case Opcode.DELETE_SUBSCR: case Opcode.STORE_ATTR: case Opcode.JUMP_IF_NOT_EXC_MATCH: case Opcode.MAP_ADD:
                return -2;
            case Opcode.UNPACK_SEQUENCE:
                return arg - 1;
            case Opcode.UNPACK_EX:
                return (arg & 0xFF) + (arg >> 8);
            case Opcode.FOR_ITER:
                return jump ? -1 : 1;
            case Opcode.JUMP_IF_FALSE_OR_POP: case Opcode.JUMP_IF_TRUE_OR_POP:
                return jump ? 0 : -1;
            case Opcode.SETUP_FINALLY:
                return jump ? 6 : 0;
            case Opcode.SETUP_WITH:
                return jump ? 6 : 1;
            case Opcode.BUILD_TUPLE: case Opcode.BUILD_LIST: case Opcode.BUILD_SET: case Opcode.BUILD_STRING:
                return 1 - arg;
            case Opcode.BUILD_MAP:
                return 1 - 2 * arg;
            case Opcode.BUILD_CONST_KEY_MAP:
                return -arg;
            case Opcode.RAISE_VARARGS: case Opcode.CALL_FUNCTION:
                return -arg;
            case Opcode.CALL_METHOD: case Opcode.CALL_FUNCTION_KW:
                return -arg - 1;
            case Opcode.CALL_FUNCTION_EX:
                return -1 - ((arg & 0x01) != 0 ? 1 : 0);
            case Opcode.MAKE_FUNCTION:
                return -1 - ((arg & 0x01) != 0 ? 1 : 0) - ((arg & 0x02) != 0 ? 1 : 0)
                          - ((arg & 0x04) != 0 ? 1 : 0) - ((arg & 0x08) != 0 ? 1 : 0);
            case Opcode.BUILD_SLICE:
                return arg == 3 ? -2 : -1;
            case Opcode.FORMAT_VALUE:
                return (arg & 0x04) == 0x04 ? -1 : 0;
            case Opcode.YIELD_VALUE: case Opcode.GET_YIELD_FROM_ITER: case Opcode.GET_AWAITABLE: case Opcode.GET_AITER:
                return 0;
            case Opcode.GET_ANEXT: case Opcode.BEFORE_ASYNC_WITH:
                return 1;
            case Opcode.SETUP_ASYNC_WITH:
                return jump ? 5 : 0;
            case Opcode.END_ASYNC_FOR:
                return -7;
            default:
                // Every remaining opcode of the supported set pops one: binary and in-place
                // operators, POP_TOP, stores, COMPARE_OP, IS_OP, CONTAINS_OP, IMPORT_NAME,
                // IMPORT_STAR, RETURN_VALUE, the conditional pops, LIST_APPEND and friends.
                return -1;
        }
    }
}
