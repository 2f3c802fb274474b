namespace GilGen.Generator.Tests.Infrastructure;

/// <summary>The ways a test writes a snippet into a C# attribute.</summary>
public enum LiteralStyle
{
    /// <summary><c>"..."</c> with \n, \t, \" and \\ escapes, on one C# line.</summary>
    Regular,
    /// <summary><c>"..."</c> whose every line is indented by four spaces (dedented by the generator).</summary>
    RegularIndented,
    /// <summary><c>@"..."</c> over several C# lines, quotes doubled.</summary>
    Verbatim,
    /// <summary>A multi-line raw literal indented by eight spaces (removed by C#).</summary>
    Raw,
}
