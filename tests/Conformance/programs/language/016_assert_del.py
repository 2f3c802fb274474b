# assert with messages, and del of names, attributes, items and slices.
def checked_div(a, b):
    assert b != 0, f"cannot divide {a} by zero"
    assert isinstance(a, int), "a must be an int"
    return a // b

for args in ((10, 2), (1, 0), ("x", 1)):
    try:
        print(checked_div(*args))
    except AssertionError as e:
        print("AssertionError:", e)

try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e), e.args)

try:
    assert [], ("tuple", "message")
except AssertionError as e:
    print(e.args)

x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)

def local_del():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"

print(local_del())

class Box:
    pass

b = Box()
b.size = 3
b.color = "red"
del b.size
print(hasattr(b, "size"), b.color)
try:
    del b.size
except AttributeError as e:
    print("AttributeError:", e)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)

nums = list(range(12))
del nums[0]
print(nums)
del nums[-1], nums[0]
print(nums)
del nums[2:5]
print(nums)
del nums[::2]
print(nums)
del nums[:]
print(nums)
a, b2, c = 1, 2, 3
del a, b2
try:
    print(a)
except NameError as e:
    print(c, "NameError:", e)
