# Text parsing: a small INI-file parser with sections, comments, continuation lines and typed getters.
SOURCE = """
; global comment
[server]
host = example.org
port=8080
debug = yes
# another comment
paths = /usr/bin
    /usr/local/bin
    /opt/tools

[client]
retries = 3
timeout = 2.5
name = alpha beta
empty =

[client]
retries = 5

[bad line section]
this line has no equals sign
"""

class IniError(Exception):
    def __init__(self, lineno, message):
        super().__init__(f"line {lineno}: {message}")
        self.lineno = lineno

def parse_ini(text):
    sections = {}
    errors = []
    current = None
    last_key = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped or stripped[0] in "#;":
            continue
        if raw[:1].isspace() and last_key is not None and current is not None:
            current[last_key] += "\n" + stripped
            continue
        if stripped.startswith("[") and stripped.endswith("]"):
            name = stripped[1:-1].strip()
            current = sections.setdefault(name, {})
            last_key = None
            continue
        if current is None:
            errors.append(IniError(lineno, "key outside of any section"))
            continue
        key, sep, value = stripped.partition("=")
        if not sep:
            errors.append(IniError(lineno, f"expected 'key = value', got {stripped!r}"))
            continue
        key = key.strip().lower()
        current[key] = value.strip()
        last_key = key
    return sections, errors

BOOLEANS = {"1": True, "yes": True, "true": True, "on": True, "0": False, "no": False, "false": False, "off": False}

def get(sections, section, key, kind=str, default=None):
    try:
        value = sections[section][key]
    except KeyError as e:
        if default is not None:
            return default
        raise LookupError(f"missing {section}.{key}") from e
    if kind is bool:
        if value.lower() not in BOOLEANS:
            raise ValueError(f"not a boolean: {value!r}")
        return BOOLEANS[value.lower()]
    if kind is list:
        return [p for p in value.split("\n") if p]
    return kind(value)

sections, errors = parse_ini(SOURCE)
for name, body in sections.items():
    print(f"[{name}]")
    for k, v in body.items():
        print(f"  {k} = {v!r}")
for err in errors:
    print("error:", err, "| lineno", err.lineno, "| args", err.args)
print(get(sections, "server", "host"), get(sections, "server", "port", int) + 1)
print(get(sections, "server", "debug", bool), get(sections, "server", "paths", list))
print(get(sections, "client", "timeout", float) * 2, get(sections, "client", "retries", int))
print(get(sections, "client", "name").split(), repr(get(sections, "client", "empty")))
print(get(sections, "client", "missing", default="fallback"))
for args in [("client", "missing"), ("nosection", "x"), ("client", "name", int), ("client", "name", bool)]:
    try:
        print(get(sections, *args))
    except LookupError as e:
        print("LookupError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)
    except ValueError as e:
        print("ValueError:", e)

def dump(sections):
    out = []
    for name in sorted(sections):
        out.append(f"[{name}]")
        for key in sorted(sections[name]):
            value = sections[name][key].replace("\n", "\n    ")
            out.append(f"{key} = {value}".rstrip())
        out.append("")
    return "\n".join(out)

text = dump(sections)
print(text)
again, errs = parse_ini(text)
print(again == sections, len(errs))
