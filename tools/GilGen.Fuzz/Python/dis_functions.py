"""python3.9's dis of a batch of generated modules, as make-golden.py writes it.

Input (argv[1]): a JSON list of sources. Output: a JSON list, one dis text per source (every
code object, nested ones included, addresses replaced by 0x0000), or "SyntaxError: ..." when
python3.9 does not compile it.
"""
import dis
import io
import json
import re
import sys

ADDR = re.compile(r" at 0x[0-9a-f]+")


def disassemble(source):
    try:
        code = compile(source, "fuzz.py", "exec")
    except SyntaxError as e:
        return "SyntaxError: %s" % e
    buffer = io.StringIO()
    dis.dis(code, file=buffer)
    return ADDR.sub(" at 0x0000", buffer.getvalue())


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        sources = json.load(f)
    sys.stdout.write(json.dumps([disassemble(s) for s in sources]))


main()
