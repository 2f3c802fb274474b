# Found by tools/fuzz.sh (exception seed 5335), shrunk: CPython raised UnboundLocalError, GilGen nothing
# Explained: a deliberate deviation (docs/language-support.md): CPython 3.12 inlines comprehensions (PEP 709) and raises
# UnboundLocalError here (CPython issue #118513 family); GilGen runs comprehensions as functions, as 3.11 does.
def make9(k):
    def inner(x):
        return {k: v * 1 for k, v in {'a': 1}.items()}.get('a', len([x for x in [1, 2] if x > k]))
    return inner
f10 = make9(1)
print(f10(1), f10(1))

# CPython 3.12: exit 1
#   Traceback (most recent call last):
#     File "/tmp/gilgen-fuzz-finding-4819aeaf64824f5a97f134771219b2bb/finding.py", line 7, in <module>
#       print(f10(1), f10(1))
#             ^^^^^^
#     File "/tmp/gilgen-fuzz-finding-4819aeaf64824f5a97f134771219b2bb/finding.py", line 4, in inner
#       return {k: v * 1 for k, v in {'a': 1}.items()}.get('a', len([x for x in [1, 2] if x > k]))
#                                                                                             ^
#   UnboundLocalError: cannot access local variable 'k' where it is not associated with a value
#   
# GilGen: escaped nothing
#   1 1
#   
