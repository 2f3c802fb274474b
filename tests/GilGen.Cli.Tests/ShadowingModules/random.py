# A module written in C# in GilGen's runtime, found on sys.path after the script's folder in CPython.
def randint(a, b):
    return a
