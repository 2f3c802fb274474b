using System.IO;

namespace GilGen.Emitter.Tests;

/// <summary>
/// The builtin <c>open()</c> for text files: modes and CPython's errors for bad ones, write/writelines/append,
/// read/readline/readlines/iteration with universal newlines, closed-file and missing-file errors. The
/// expected output was printed by CPython 3.12 running the same program.
/// </summary>
public sealed class OpenBuiltinTests
{
    [Fact]
    public void Text_files_are_written_appended_and_read_as_CPython_does()
    {
        string dir = Directory.CreateTempSubdirectory("gilgen-open-").FullName;
        try
        {
            string path = Path.Combine(dir, "notes.txt");
            string source = """
            path = PATH
            for m in ['rw', 'q', 'rbt', 'wx', '', 'r+x']:
                try:
                    open(path, m)
                except ValueError as e:
                    print(repr(m), type(e).__name__, e)
            f = open(path, "w")
            print(f.write("first line\n"), f.mode, f.name == path, f.encoding, f.closed, f.writable(), f.readable())
            f.writelines(["second\n", "third"])
            f.close()
            print(f.closed)
            try:
                f.read()
            except ValueError as e:
                print("ValueError:", e)
            with open(path, "a") as f:
                f.write("\nfourth\r\nfifth\n")
            with open(path) as f:
                print(repr(f.readline()), repr(f.readline(3)), repr(f.read(4)), f.readlines())
            with open(path, encoding="utf-8") as f:
                print([line.rstrip("\n") for line in f])
            with open(path) as f:
                text = f.read()
            print(len(text), text.count("\n"), repr(text[-8:]))
            g = open(path)
            try:
                g.write("x")
            except OSError as e:
                print("OSError:", e)
            g.close()
            try:
                open(path + ".missing")
            except FileNotFoundError as e:
                print("FileNotFoundError:", str(e) == "[Errno 2] No such file or directory: %r" % (path + ".missing"))
            try:
                open(path, "x")
            except FileExistsError as e:
                print("FileExistsError:", str(e) == "[Errno 17] File exists: %r" % path)
            with open(path, "w") as f:
                pass
            with open(path) as f:
                print(repr(f.read()))
            """.Replace("PATH", "'" + path + "'");
            Assert.Equal("""
                'rw' ValueError must have exactly one of create/read/write/append mode
                'q' ValueError invalid mode: 'q'
                'rbt' ValueError can't have text and binary mode at once
                'wx' ValueError must have exactly one of create/read/write/append mode
                '' ValueError Must have exactly one of create/read/write/append mode and at most one plus
                'r+x' ValueError must have exactly one of create/read/write/append mode
                11 w True UTF-8 False True False
                True
                ValueError: I/O operation on closed file.
                'first line\n' 'sec' 'ond\n' ['third\n', 'fourth\n', 'fifth\n']
                ['first line', 'second', 'third', 'fourth', 'fifth']
                37 5 'h\nfifth\n'
                OSError: not writable
                FileNotFoundError: True
                FileExistsError: True
                ''

                """, ClassRunTests.Run(source));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
