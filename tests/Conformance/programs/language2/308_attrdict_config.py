# A dict subclass as an attribute-access config tree, with defaults via __missing__ and merging.

class Config(dict):
    def __getattr__(self, name):
        try:
            value = self[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None
        return value

    def __setattr__(self, name, value):
        self[name] = value

    def __delattr__(self, name):
        del self[name]

    def __setitem__(self, key, value):
        if isinstance(value, dict) and not isinstance(value, Config):
            value = Config(value)
        super().__setitem__(key, value)

    def __init__(self, *args, **kwargs):
        super().__init__()
        for k, v in dict(*args, **kwargs).items():
            self[k] = v

    def merged(self, other):
        out = Config(self)
        for k, v in other.items():
            if k in out and isinstance(out[k], Config) and isinstance(v, dict):
                out[k] = out[k].merged(v)
            else:
                out[k] = v
        return out

    def flatten(self, prefix=""):
        for k in sorted(self):
            v = self[k]
            if isinstance(v, Config):
                yield from v.flatten(prefix + k + ".")
            else:
                yield prefix + k, v


base = Config(server={"host": "localhost", "port": 8000}, debug=False)
print(base.server.host, base.server.port, base.debug, type(base.server).__name__)
base.server.port = 9000
base.name = "app"
print(base)
print(list(base.flatten()))
override = {"server": {"port": 80, "tls": True}, "debug": True}
final = base.merged(override)
for key, value in final.flatten():
    print(f"{key:>12} = {value!r}")
print("base unchanged:", base.server.port, base.debug)
try:
    base.missing
except AttributeError as e:
    print("AttributeError:", e, "| context suppressed:", e.__suppress_context__)
del base.name
print(sorted(base), "name" in base, len(final), isinstance(final, dict))
print(getattr(final, "debug"), hasattr(final, "nope"), final.get("nope", "default"))


class Defaults(dict):
    def __init__(self, fallback, **values):
        super().__init__(**values)
        self.fallback = fallback

    def __missing__(self, key):
        # self.fallback[key] may itself use a __missing__; "key in fallback" would not.
        return self.fallback[key]


layered = Defaults({"color": "blue", "size": 3}, size=10)
print(layered["size"], layered["color"], len(layered), "color" in layered)
try:
    layered["shape"]
except KeyError as e:
    print("KeyError:", e)
chain = Defaults(layered, weight=1)
print(chain["weight"], chain["size"], chain["color"], vars(chain) == {"fallback": layered}, "color" in chain)
