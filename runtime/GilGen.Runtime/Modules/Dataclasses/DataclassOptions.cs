namespace GilGen.Runtime;

/// <summary>The arguments of <c>@dataclass(...)</c>.</summary>
public sealed record DataclassOptions(bool Init, bool Repr, bool Eq, bool Order, bool UnsafeHash, bool Frozen, bool MatchArgs, bool KwOnly);
