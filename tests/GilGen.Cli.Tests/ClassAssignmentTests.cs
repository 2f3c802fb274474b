namespace GilGen.Cli.Tests;

/// <summary>
/// What <c>obj.__class__ = C</c> does not cover yet is an error that says so, never a silent store of an attribute
/// named <c>__class__</c>: the class of an instance of a builtin type's subclass. A function's <c>__dict__</c> is
/// assigned as CPython's. What they cover is conformance program classes/1059's (and classes/1065's, a function's).
/// </summary>
public sealed class ClassAssignmentTests : IClassFixture<TemporaryCache>
{
    private readonly TemporaryCache _cache;

    /// <summary>Receives the class's cache.</summary>
    public ClassAssignmentTests(TemporaryCache cache) => _cache = cache;

    /// <summary>The unsupported assignment raises NotImplementedError naming the object, which is unchanged; a function's __dict__ is replaced.</summary>
    [Fact]
    public void What_is_not_supported_raises_and_changes_nothing()
    {
        string path = _cache.WriteScript("class_assignment_unsupported.py",
            "class L1(list): pass\n" +
            "class L2(list): pass\n" +
            "def attempt(what, f):\n" +
            "    try:\n" +
            "        f()\n" +
            "    except NotImplementedError as e:\n" +
            "        print(what, '->', e)\n" +
            "items = L1([1, 2])\n" +
            "attempt('list subclass', lambda: setattr(items, '__class__', L2))\n" +
            "print(type(items).__name__, items)\n" +
            "def f(): pass\n" +
            "attempt('function', lambda: setattr(f, '__dict__', {'a': 1}))\n" +
            "print(hasattr(f, 'a'), f.__dict__)\n");

        CliResult result = _cache.Run("run", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.Equal(
            "list subclass -> GilGen does not support assigning __class__ of a 'L1' object (an instance of a subclass of a builtin type) yet\n" +
            "L1 [1, 2]\n" +
            "True {'a': 1}\n",
            result.Stdout);
    }
}
