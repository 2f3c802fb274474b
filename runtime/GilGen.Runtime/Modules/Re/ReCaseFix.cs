using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// CPython 3.12's <c>re._casefix._EXTRA_CASES</c>: lowercase characters that another lowercase character shares an
/// uppercase with (σ and ς, s and ſ, i and ı...). Python's case-insensitive matching treats them as one; .NET's
/// does not, so <see cref="ReTranslator"/> adds them to the literals and sets that contain one.
/// </summary>
internal static class ReCaseFix
{
    /// <summary>
    /// The characters case-insensitive matching treats as one with <paramref name="c"/> beyond what .NET's own folding
    /// gives (its lowercase and uppercase it finds itself), or null. Besides the table: İ (U+0130), whose simple
    /// lowercase, which _sre uses, is i, while .NET folds it with nothing.
    /// </summary>
    public static int[]? Group(int c)
    {
        if (c > 0xFFFF) return null;
        int lower = c == 0x130 ? 'i' : char.ToLowerInvariant((char)c);
        if (!ExtraCases.TryGetValue(lower, out var extra)) return null;
        var group = new List<int> { lower, char.ToUpperInvariant((char)lower) };
        group.AddRange(extra);
        if (lower is 'i' or 0x131) group.Add(0x130);
        return group.ToArray();
    }

    /// <summary>Lowercase code to the other lowercase codes with the same uppercase.</summary>
    public static readonly IReadOnlyDictionary<int, int[]> ExtraCases = new Dictionary<int, int[]>
    {
        [0x0069] = new[] { 0x0131 }, [0x0073] = new[] { 0x017f }, [0x00b5] = new[] { 0x03bc },
        [0x0131] = new[] { 0x0069 }, [0x017f] = new[] { 0x0073 }, [0x0345] = new[] { 0x03b9, 0x1fbe },
        [0x0390] = new[] { 0x1fd3 }, [0x03b0] = new[] { 0x1fe3 }, [0x03b2] = new[] { 0x03d0 },
        [0x03b5] = new[] { 0x03f5 }, [0x03b8] = new[] { 0x03d1 }, [0x03b9] = new[] { 0x0345, 0x1fbe },
        [0x03ba] = new[] { 0x03f0 }, [0x03bc] = new[] { 0x00b5 }, [0x03c0] = new[] { 0x03d6 },
        [0x03c1] = new[] { 0x03f1 }, [0x03c2] = new[] { 0x03c3 }, [0x03c3] = new[] { 0x03c2 },
        [0x03c6] = new[] { 0x03d5 }, [0x03d0] = new[] { 0x03b2 }, [0x03d1] = new[] { 0x03b8 },
        [0x03d5] = new[] { 0x03c6 }, [0x03d6] = new[] { 0x03c0 }, [0x03f0] = new[] { 0x03ba },
        [0x03f1] = new[] { 0x03c1 }, [0x03f5] = new[] { 0x03b5 }, [0x0432] = new[] { 0x1c80 },
        [0x0434] = new[] { 0x1c81 }, [0x043e] = new[] { 0x1c82 }, [0x0441] = new[] { 0x1c83 },
        [0x0442] = new[] { 0x1c84, 0x1c85 }, [0x044a] = new[] { 0x1c86 }, [0x0463] = new[] { 0x1c87 },
        [0x1c80] = new[] { 0x0432 }, [0x1c81] = new[] { 0x0434 }, [0x1c82] = new[] { 0x043e },
        [0x1c83] = new[] { 0x0441 }, [0x1c84] = new[] { 0x0442, 0x1c85 },
        [0x1c85] = new[] { 0x0442, 0x1c84 }, [0x1c86] = new[] { 0x044a }, [0x1c87] = new[] { 0x0463 },
        [0x1c88] = new[] { 0xa64b }, [0x1e61] = new[] { 0x1e9b }, [0x1e9b] = new[] { 0x1e61 },
        [0x1fbe] = new[] { 0x0345, 0x03b9 }, [0x1fd3] = new[] { 0x0390 }, [0x1fe3] = new[] { 0x03b0 },
        [0xa64b] = new[] { 0x1c88 }, [0xfb05] = new[] { 0xfb06 }, [0xfb06] = new[] { 0xfb05 },
    };
}
