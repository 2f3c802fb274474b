# OSError's arguments as CPython parses them: errno, strerror and filenames as attributes, the filenames kept
# out of args, str() as "[Errno N] message: 'file'", the subclass an errno selects, and open()'s errors.
e = OSError(2, "No such file or directory", "x.txt")
print(str(e), e.args, e.errno, e.strerror, e.filename)
e2 = FileNotFoundError(2, "No such file or directory")
print(str(e2), e2.errno)
print(str(OSError("plain")), OSError("plain").errno)
try:
    open("/nonexistent/zz")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
print(repr(OSError(2, "x", "f")), OSError(2, "x", "f").args, OSError(1, 2, 3, 4, 5).filename2, str(OSError(1, 2, 3, 4, 5)))
print(str(OSError("a", "b")), OSError("a", "b").errno, str(OSError()), OSError().filename)
class MyErr(OSError):
    def __init__(self, path):
        super().__init__(13, "denied", path)
e = MyErr("p")
print(str(e), e.args, e.errno, e.filename)
try:
    open("/tmp")
except OSError as e:
    print(type(e).__name__, e.errno)
