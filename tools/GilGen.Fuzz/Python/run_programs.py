"""Runs a batch of generated programs in this one CPython process, as `python NAME.py` would.

Input (argv[1]): a JSON list of sources. Output (stdout): a JSON list, one {out, exc} per program:
its stdout and the name of the exception that escaped it (null when it ended normally). Each runs
in a fresh __main__ namespace; programs only print, so nothing else carries over between them.
"""
import io
import json
import sys

sys.setrecursionlimit(1000)


def run(source):
    buffer = io.StringIO()
    saved = sys.stdout
    sys.stdout = buffer
    escaped = None
    try:
        code = compile(source, "fuzz.py", "exec")
        exec(code, {"__name__": "__main__", "__builtins__": __builtins__})
    except BaseException as e:  # what escapes is what the comparison is about
        escaped = type(e).__name__
    finally:
        sys.stdout = saved
    return {"out": buffer.getvalue(), "exc": escaped}


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        sources = json.load(f)
    results = [run(s) for s in sources]
    sys.stdout.write(json.dumps(results))


main()
