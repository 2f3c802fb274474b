"""Dumps the code objects CPython 3.9 compiles for each example, as JSON.

Run with python3.9: PYENV_VERSION=3.9.18 pyenv exec python CPython/dump_code.py Examples/*.py
The JSON files are committed; the tests read them, never python. They let the emitter be tested
on exactly CPython's bytecode, independent of GilGen's own compiler.
"""
import dis, json, sys, os

def const(c, qualnames):
    if c is None: return {"kind": "None"}
    if c is Ellipsis: return {"kind": "Ellipsis"}
    if isinstance(c, bool): return {"kind": "Bool", "value": c}
    if isinstance(c, int): return {"kind": "Int", "value": str(c)}
    if isinstance(c, float): return {"kind": "Float", "value": c.hex()}
    if isinstance(c, str): return {"kind": "Str", "value": c}
    if isinstance(c, tuple): return {"kind": "Tuple", "items": [const(x, qualnames) for x in c]}
    if isinstance(c, frozenset): return {"kind": "FrozenSet", "items": [const(x, qualnames) for x in sorted(c, key=repr)]}
    if hasattr(c, "co_code"): return {"kind": "Code", "code": code(c, qualnames)}
    raise TypeError(type(c))

def code(co, qualnames):
    # 3.9 code objects have no co_qualname: take it from the LOAD_CONST that MAKE_FUNCTION uses.
    ins = list(dis.get_instructions(co))
    for i, x in enumerate(ins):
        if x.opname == "MAKE_FUNCTION":
            c = ins[i - 2].argval
            qualnames[id(c)] = ins[i - 1].argval
    line = co.co_firstlineno
    out = []
    for x in ins:
        if x.starts_line is not None: line = x.starts_line
        out.append({"op": x.opname, "arg": x.arg if x.arg is not None else 0, "offset": x.offset,
                    "line": line, "startsLine": x.starts_line is not None, "isJumpTarget": x.is_jump_target})
    consts = [const(c, qualnames) for c in co.co_consts]
    return {"name": co.co_name, "qualName": qualnames.get(id(co), co.co_name), "fileName": co.co_filename,
            "firstLineNo": co.co_firstlineno, "argCount": co.co_argcount, "posOnlyArgCount": co.co_posonlyargcount,
            "kwOnlyArgCount": co.co_kwonlyargcount, "stackSize": co.co_stacksize, "flags": co.co_flags,
            "instructions": out, "constants": consts, "names": list(co.co_names), "varNames": list(co.co_varnames),
            "freeVars": list(co.co_freevars), "cellVars": list(co.co_cellvars), "lineTable": co.co_lnotab.hex()}

for path in sys.argv[1:]:
    src = open(path).read()
    name = os.path.basename(path)
    co = compile(src, name, "exec")
    target = os.path.join(os.path.dirname(__file__), name[:-3] + ".json")
    with open(target, "w") as f:
        json.dump(code(co, {}), f, indent=1)
