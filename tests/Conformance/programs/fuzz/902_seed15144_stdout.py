# Found by tools/fuzz.sh (stdout seed 15144), shrunk: line 1: CPython 'ValueError bytes must be in range(0, 256)' / GilGen 'TypeError 'int' object cannot be interpreted as an integer'
try:
    try:
        print(bytes([x * 811285832724610503057 for x in [1, 2]]))
    finally:
        pass
except Exception as e5:
    print(type(e5).__name__, e5)
