using System.Collections.Generic;
using System.Collections.Immutable;

namespace GilGen.Fuzz.Generation;

/// <summary>Materialises a lazy sequence in order (the generator's draws must happen in a fixed order).</summary>
internal static class ImmutableArrayExtensions
{
    public static ImmutableArray<T> ToImmutableArrayOf<T>(this IEnumerable<T> items)
    {
        var builder = ImmutableArray.CreateBuilder<T>();
        foreach (T item in items)
            builder.Add(item);
        return builder.ToImmutable();
    }
}
