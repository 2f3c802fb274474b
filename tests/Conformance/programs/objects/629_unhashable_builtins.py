# Which builtins and subclasses of them are hashable: list, dict and set have __hash__ = None, which a
# subclass inherits unless it defines its own; ints and floats have no __len__.
print(list.__hash__, dict.__hash__, set.__hash__, hasattr(int, "__len__"), hasattr(float, "__len__"))
class L(list): pass
class D(dict): pass
class T(tuple): pass
for v in ([1], L([1]), D(), {1}):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
print(hash(T((1, 2))) == hash((1, 2)), len(L([1, 2])), L([1]) == [1])
class H(list):
    def __hash__(self):
        return 7
print(hash(H()))
