"""Regenerates the golden files: for every NAME.py here, NAME.dis (what dis.dis prints for the
module's code object, nested code objects included) and NAME.meta (every field of every code object).

Run with CPython 3.9:  PYENV_VERSION=3.9.18 pyenv exec python make-golden.py
Code object addresses are replaced by 0x0000 so the files are stable.

Each NAME.py also has NAME.out, CPython 3.12's stdout of running it, which the emitter-runtime
contract test (tests/GilGen.Emitter.Tests) compares with GilGen's. Record it with 3.12, not here:
    PYENV_VERSION=3.12.1 pyenv exec python NAME.py > NAME.out
"""
import dis
import io
import os
import re
import sys

assert sys.version_info[:2] == (3, 9), "the golden files are CPython 3.9's output"

HERE = os.path.dirname(os.path.abspath(__file__))
ADDR = re.compile(r" at 0x[0-9a-f]+")


def norm(text):
    return ADDR.sub(" at 0x0000", text)


def const_repr(c):
    return norm(repr(c))


def meta(co, out):
    out.append("code %s" % co.co_name)
    out.append("  firstlineno %d" % co.co_firstlineno)
    out.append("  argcount %d posonly %d kwonly %d nlocals %d" % (
        co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals))
    out.append("  stacksize %d" % co.co_stacksize)
    out.append("  flags 0x%x" % co.co_flags)
    out.append("  consts " + ", ".join(const_repr(c) for c in co.co_consts))
    out.append("  names " + ", ".join(co.co_names))
    out.append("  varnames " + ", ".join(co.co_varnames))
    out.append("  freevars " + ", ".join(co.co_freevars))
    out.append("  cellvars " + ", ".join(co.co_cellvars))
    out.append("  lnotab " + co.co_lnotab.hex())
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            meta(c, out)


def main():
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(".py") or name == "make-golden.py":
            continue
        path = os.path.join(HERE, name)
        with open(path, encoding="utf-8") as f:
            source = f.read()
        code = compile(source, name, "exec")
        buf = io.StringIO()
        dis.dis(code, file=buf)
        base = path[:-3]
        with open(base + ".dis", "w", encoding="utf-8", newline="\n") as f:
            f.write(norm(buf.getvalue()))
        lines = []
        meta(code, lines)
        with open(base + ".meta", "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
