namespace GilGen.Cli.Tests;

/// <summary>
/// What <c>obj.__class__ = C</c> and <c>obj.__dict__ = d</c> do not cover yet is an error that says so, never a silent
/// store of an attribute named <c>__class__</c>: the class of an instance of a builtin type's subclass, and a
/// function's <c>__dict__</c>. What they cover is conformance program classes/1059's.
/// </summary>
public sealed class ClassAssignmentTests : IClassFixture<TemporaryCache>
{
    private readonly TemporaryCache _cache;

    /// <summary>Receives the class's cache.</summary>
    public ClassAssignmentTests(TemporaryCache cache) => _cache = cache;

    /// <summary>Each unsupported assignment raises NotImplementedError naming the object, and the object is unchanged.</summary>
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
            "print(hasattr(f, 'a'))\n");

        CliResult result = _cache.Run("run", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.Equal(
            "list subclass -> GilGen does not support assigning __class__ of a 'L1' object (an instance of a subclass of a builtin type) yet\n" +
            "L1 [1, 2]\n" +
            "function -> GilGen does not support assigning __dict__ of a 'function' object yet\n" +
            "False\n",
            result.Stdout);
    }
}
