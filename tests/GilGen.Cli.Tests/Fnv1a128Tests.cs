using GilGen.Cli.Caching;

namespace GilGen.Cli.Tests;

/// <summary>The cache's entry names are 128-bit FNV-1a hashes of the key text's UTF-16 code units.</summary>
public sealed class Fnv1a128Tests
{
    /// <summary>
    /// The empty text hashes to the offset basis; the others are the hash of the text's UTF-16LE bytes as computed
    /// with Python's big integers (<c>h = ((h ^ b) * (2**88 + 0x13B)) % 2**128</c>, which gives the published
    /// d228cb696f1a8caf78912b704e4a8964 for the single byte "a").
    /// </summary>
    [Theory]
    [InlineData("", "6c62272e07bb014262b821756295c58d")]
    [InlineData("é€a", "24e4876e8a3c64bf6d3855685dba6201")]
    public void Hashes_match_a_big_integer_reference(string text, string expected)
    {
        Assert.Equal(expected, Fnv1a128.HashHex(text));
    }
}
