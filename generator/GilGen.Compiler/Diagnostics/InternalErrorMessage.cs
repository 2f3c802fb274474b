using System;

namespace GilGen.Compiler;

/// <summary>
/// The text of a <see cref="DiagnosticIds.InternalError"/>: says that GilGen, not the snippet, is at
/// fault, and carries what a bug report needs (the exception's type and message and where it was thrown).
/// </summary>
public static class InternalErrorMessage
{
    /// <summary>The message for <paramref name="exception"/>, thrown while GilGen's <paramref name="stage"/> (compiler, emitter, generator) ran.</summary>
    public static string For(Exception exception, string stage)
    {
        if (exception is null) throw new ArgumentNullException(nameof(exception));
        var frame = FirstFrame(exception);
        return $"internal error in GilGen's {stage}; this is a GilGen bug, please report it: {exception.GetType().FullName}: {exception.Message}"
            + (frame is null ? "" : " (" + frame + ")");
    }

    // "at Namespace.Type.Method(args)", without the file path (which is the build machine's).
    private static string? FirstFrame(Exception exception)
    {
        var trace = exception.StackTrace;
        if (string.IsNullOrEmpty(trace)) return null;
        var line = trace!.Split('\n')[0].Trim();
        int file = line.IndexOf(" in ", StringComparison.Ordinal);
        return file > 0 ? line.Substring(0, file) : line;
    }
}
