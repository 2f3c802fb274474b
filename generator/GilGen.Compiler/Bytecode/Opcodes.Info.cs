namespace GilGen.Compiler.Bytecode;

/// <summary>Argument kinds and stack effects of the opcodes (Lib/opcode.py, Python/compile.c's stack_effect).</summary>
internal static class OpcodeInfo
{
    public static bool HasConst(Opcode op) => op == Opcode.LOAD_CONST;

    public static bool HasName(Opcode op) => op is Opcode.STORE_NAME or Opcode.DELETE_NAME or Opcode.STORE_ATTR or Opcode.DELETE_ATTR
        or Opcode.STORE_GLOBAL or Opcode.DELETE_GLOBAL or Opcode.LOAD_NAME or Opcode.LOAD_ATTR or Opcode.IMPORT_NAME
        or Opcode.IMPORT_FROM or Opcode.LOAD_GLOBAL or Opcode.LOAD_METHOD;

    public static bool HasLocal(Opcode op) => op is Opcode.LOAD_FAST or Opcode.STORE_FAST or Opcode.DELETE_FAST;

    public static bool HasFree(Opcode op) => op is Opcode.LOAD_CLOSURE or Opcode.LOAD_DEREF or Opcode.STORE_DEREF or Opcode.DELETE_DEREF or Opcode.LOAD_CLASSDEREF;

    public static bool HasCompare(Opcode op) => op == Opcode.COMPARE_OP;

    /// <summary>compile.c's stack_effect(opcode, oparg, jump): <paramref name="jump"/> 1 for the jump edge, 0 for fall-through.</summary>
    public static int StackEffect(Opcode op, int oparg, bool jump)
    {
        switch (op)
        {
            case Opcode.NOP: case Opcode.EXTENDED_ARG: return 0;
            case Opcode.POP_TOP: return -1;
            case Opcode.ROT_TWO: case Opcode.ROT_THREE: case Opcode.ROT_FOUR: return 0;
            case Opcode.DUP_TOP: return 1;
            case Opcode.DUP_TOP_TWO: return 2;
            case Opcode.UNARY_POSITIVE: case Opcode.UNARY_NEGATIVE: case Opcode.UNARY_NOT: case Opcode.UNARY_INVERT: return 0;
            case Opcode.SET_ADD: case Opcode.LIST_APPEND: return -1;
            case Opcode.MAP_ADD: return -2;
            case Opcode.BINARY_POWER: case Opcode.BINARY_MULTIPLY: case Opcode.BINARY_MATRIX_MULTIPLY: case Opcode.BINARY_MODULO:
            case Opcode.BINARY_ADD: case Opcode.BINARY_SUBTRACT: case Opcode.BINARY_SUBSCR: case Opcode.BINARY_FLOOR_DIVIDE:
            case Opcode.BINARY_TRUE_DIVIDE: case Opcode.INPLACE_FLOOR_DIVIDE: case Opcode.INPLACE_TRUE_DIVIDE:
            case Opcode.INPLACE_ADD: case Opcode.INPLACE_SUBTRACT: case Opcode.INPLACE_MULTIPLY: case Opcode.INPLACE_MATRIX_MULTIPLY:
            case Opcode.INPLACE_MODULO: case Opcode.BINARY_LSHIFT: case Opcode.BINARY_RSHIFT: case Opcode.BINARY_AND:
            case Opcode.BINARY_XOR: case Opcode.BINARY_OR: case Opcode.INPLACE_POWER: case Opcode.INPLACE_LSHIFT:
            case Opcode.INPLACE_RSHIFT: case Opcode.INPLACE_AND: case Opcode.INPLACE_XOR: case Opcode.INPLACE_OR:
                return -1;
            case Opcode.STORE_SUBSCR: return -3;
            case Opcode.DELETE_SUBSCR: return -2;
            case Opcode.GET_ITER: return 0;
            case Opcode.PRINT_EXPR: return -1;
            case Opcode.LOAD_BUILD_CLASS: return 1;
            case Opcode.RETURN_VALUE: return -1;
            case Opcode.IMPORT_STAR: return -1;
            case Opcode.SETUP_ANNOTATIONS: return 0;
            case Opcode.YIELD_VALUE: return 0;
            case Opcode.YIELD_FROM: return -1;
            case Opcode.POP_BLOCK: return 0;
            case Opcode.POP_EXCEPT: return -3;
            case Opcode.STORE_NAME: return -1;
            case Opcode.DELETE_NAME: return 0;
            case Opcode.UNPACK_SEQUENCE: return oparg - 1;
            case Opcode.UNPACK_EX: return (oparg & 0xFF) + (oparg >> 8);
            case Opcode.FOR_ITER: return jump ? -1 : 1;
            case Opcode.STORE_ATTR: return -2;
            case Opcode.DELETE_ATTR: return -1;
            case Opcode.STORE_GLOBAL: return -1;
            case Opcode.DELETE_GLOBAL: return 0;
            case Opcode.LOAD_CONST: return 1;
            case Opcode.LOAD_NAME: return 1;
            case Opcode.BUILD_TUPLE: case Opcode.BUILD_LIST: case Opcode.BUILD_SET: case Opcode.BUILD_STRING: return 1 - oparg;
            case Opcode.BUILD_MAP: return 1 - 2 * oparg;
            case Opcode.BUILD_CONST_KEY_MAP: return -oparg;
            case Opcode.LOAD_ATTR: return 0;
            case Opcode.COMPARE_OP: case Opcode.IS_OP: case Opcode.CONTAINS_OP: return -1;
            case Opcode.JUMP_IF_NOT_EXC_MATCH: return -2;
            case Opcode.IMPORT_NAME: return -1;
            case Opcode.IMPORT_FROM: return 1;
            case Opcode.JUMP_FORWARD: case Opcode.JUMP_ABSOLUTE: return 0;
            case Opcode.JUMP_IF_TRUE_OR_POP: case Opcode.JUMP_IF_FALSE_OR_POP: return jump ? 0 : -1;
            case Opcode.POP_JUMP_IF_FALSE: case Opcode.POP_JUMP_IF_TRUE: return -1;
            case Opcode.LOAD_GLOBAL: return 1;
            case Opcode.RERAISE: return -3;
            case Opcode.WITH_EXCEPT_START: return 1;
            case Opcode.LOAD_FAST: return 1;
            case Opcode.STORE_FAST: return -1;
            case Opcode.DELETE_FAST: return 0;
            case Opcode.RAISE_VARARGS: return -oparg;
            case Opcode.CALL_FUNCTION: return -oparg;
            case Opcode.CALL_METHOD: return -oparg - 1;
            case Opcode.CALL_FUNCTION_KW: return -oparg - 1;
            case Opcode.CALL_FUNCTION_EX: return -1 - ((oparg & 0x01) != 0 ? 1 : 0);
            case Opcode.MAKE_FUNCTION:
                return -1 - ((oparg & 0x01) != 0 ? 1 : 0) - ((oparg & 0x02) != 0 ? 1 : 0) - ((oparg & 0x04) != 0 ? 1 : 0) - ((oparg & 0x08) != 0 ? 1 : 0);
            case Opcode.BUILD_SLICE: return oparg == 3 ? -2 : -1;
            case Opcode.LOAD_CLOSURE: return 1;
            case Opcode.LOAD_DEREF: case Opcode.LOAD_CLASSDEREF: return 1;
            case Opcode.STORE_DEREF: return -1;
            case Opcode.DELETE_DEREF: return 0;
            case Opcode.SETUP_FINALLY: return jump ? 6 : 0;
            case Opcode.SETUP_WITH: return jump ? 6 : 1;
            case Opcode.FORMAT_VALUE: return (oparg & 0x04) == 0x04 ? -1 : 0;
            case Opcode.LOAD_METHOD: return 1;
            case Opcode.LOAD_ASSERTION_ERROR: return 1;
            case Opcode.LIST_TO_TUPLE: return 0;
            case Opcode.LIST_EXTEND: case Opcode.SET_UPDATE: case Opcode.DICT_MERGE: case Opcode.DICT_UPDATE: return -1;
            case Opcode.GET_YIELD_FROM_ITER: return 0;
            case Opcode.GET_AWAITABLE: case Opcode.GET_AITER: return 0;
            case Opcode.GET_ANEXT: case Opcode.BEFORE_ASYNC_WITH: return 1;
            case Opcode.SETUP_ASYNC_WITH: return jump ? -1 + 6 : 0;
            case Opcode.END_ASYNC_FOR: return -7;
            default: return 0;
        }
    }

    /// <summary>Code units an instruction with this argument takes (EXTENDED_ARG prefixes included).</summary>
    public static int InstrSize(int oparg) => oparg <= 0xff ? 1 : oparg <= 0xffff ? 2 : oparg <= 0xffffff ? 3 : 4;
}
