# Forwarding *args/**kwargs through layers, and merging options.
def base(a, b=0, *rest, scale=1, **meta):
    return {"a": a, "b": b, "rest": rest, "scale": scale, "meta": sorted(meta.items())}

def layer1(*args, **kwargs):
    kwargs.setdefault("scale", 2)
    return base(*args, **kwargs)

def layer2(x, *args, tag=None, **kwargs):
    extra = {"tag": tag} if tag else {}
    return layer1(x * 10, *args, **kwargs, **extra)

print(layer1(1))
print(layer1(1, 2, 3, scale=5, note="n"))
print(layer2(1, 2, tag="t"))
print(layer2(3, scale=0, color="red"))
defaults = {"scale": 3, "unit": "m"}
override = {"unit": "cm"}
print(base(1, **{**defaults, **override}))
try:
    base(1, **defaults, **{"scale": 4})
except TypeError as e:
    print("TypeError:", e)

def count_args(*args, **kwargs):
    return len(args), len(kwargs)

many = list(range(300))
print(count_args(*many), count_args(*many, **{f"k{i}": i for i in range(50)}))
print(count_args(*[], **{}), count_args(*"ab", *b"cd", *(1,), *{2: 0}))
