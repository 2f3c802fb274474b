namespace GilGen.CodeFixes.CSharp;

/// <summary>
/// What a read-modify-write does to its target, as far as the fixes care: the four that
/// <c>System.Threading.Interlocked</c> can do in one atomic step, and everything else.
/// </summary>
internal enum ReadModifyWriteOperator
{
    /// <summary><c>x++</c> or <c>++x</c>.</summary>
    Increment,

    /// <summary><c>x--</c> or <c>--x</c>.</summary>
    Decrement,

    /// <summary><c>x += k</c>, <c>x = x + k</c> or <c>x = k + x</c>.</summary>
    Add,

    /// <summary><c>x -= k</c> or <c>x = x - k</c>.</summary>
    Subtract,

    /// <summary>Any other operator (<c>*=</c>, <c>|=</c>, <c>&lt;&lt;=</c>, <c>x = k - x</c>, a user-defined operator…): only a lock makes it atomic.</summary>
    Other,
}
