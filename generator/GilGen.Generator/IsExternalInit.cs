namespace System.Runtime.CompilerServices;

// Records and init-only setters on netstandard2.0 need this marker type, which the BCL only has from .NET 5.
internal static class IsExternalInit { }
