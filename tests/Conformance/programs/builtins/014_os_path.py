# os.path (posixpath on Linux): the string functions' edge cases, the file tests, and the ways to import it.
import os
import os.path
from os import path
import posixpath

print(os.path is path, path is posixpath, path.__name__, os.sep, path.sep)

for parts in [("a", "b"), ("a/", "b"), ("a", "/b"), ("/a", "b", "/c", "d"), ("", "b"), ("a", ""), ("a", "", "b"),
              ("", ""), ("/",), ("a//", "b"), ("a", "b/"), (".", ".."), ("~", "x")]:
    print("join", parts, repr(path.join(*parts)))

samples = ["", "/", "//", "///", "a", "a/", "a/b", "a/b/", "/a/b", "//a/b", "a//b", "a/b//", "/a/b/c.txt", ".", "..",
           ".bashrc", "..bashrc", "...", "a.b.c", "a/.hidden", "a/..b", "dir.d/file", "dir.d/", "a/b.", "foo..bar",
           "./x/../y", "a/./b/../../c", "../../a", "/../a", "//..", "///a//b/", "x/..", "a/b/c/../../..", "~/x"]
for p in samples:
    print(repr(p), path.split(p), path.splitext(p), repr(path.basename(p)), repr(path.dirname(p)),
          repr(path.normpath(p)), path.isabs(p))

cwd = os.getcwd()
print(path.abspath("a/b") == path.join(cwd, "a/b"), path.abspath(".") == cwd, path.abspath("/x/../y/"))
print(path.abspath("a/../../b") == path.normpath(path.join(cwd, "../b")))

os.environ["HOME"] = "/home/someone/"
print(path.expanduser("~"), path.expanduser("~/docs"), path.expanduser("x/~"), path.expanduser("~root/y"))
print(path.expanduser("~no_such_user_here/z"))
os.environ["HOME"] = "/"
print(path.expanduser("~"), path.expanduser("~/a"))

here = __file__
with open(here) as f:
    text = f.read()
print(path.exists(here), path.isfile(here), path.isdir(here), path.getsize(here) == len(text.encode()))
folder = path.dirname(path.abspath(here))
print(path.exists(folder), path.isfile(folder), path.isdir(folder), path.isdir("/"), path.isdir(folder + "/"))
print(path.exists("/dev/null"), path.isfile("/dev/null"), path.isdir("/dev/null"))
missing = path.join(folder, "no_such_file.txt")
print(path.exists(missing), path.isfile(missing), path.isdir(missing), path.exists(""), path.exists("a\0b"))
try:
    path.getsize(missing)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == missing)


class Where:
    def __fspath__(self):
        return "some/where.txt"


print(path.splitext(Where()), path.join(Where(), "x"), path.basename(Where()))
for bad in (lambda: path.join(1), lambda: path.join("a", 1), lambda: path.basename(None), lambda: path.exists(None),
            lambda: path.split(3.5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
