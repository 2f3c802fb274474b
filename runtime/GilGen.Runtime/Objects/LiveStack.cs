using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Reflection;

namespace GilGen.Runtime;

/// <summary>
/// The Python frames running on the current thread, read from its .NET stack when a program asks for them
/// (<c>sys._getframe</c>, logging's caller location): which code each runs, innermost first.
/// </summary>
/// <remarks>
/// Generated code runs each Python frame as a C# method and keeps no chain of frames of its own, so a call pays
/// nothing for the few programs that look at their stack; those pay a stack walk instead (microseconds). Each
/// generated method names its code object (ModuleLayout: <c>{prefix}body{id}_{name}</c>, the code object being in the
/// static field <c>{prefix}code{id}</c>), so the walk knows every frame's code, exactly. It does not know the line a
/// frame is at: that lives in the frame's line variable, which only the frame's exception filter reads, and the IL
/// offset the runtime gives an optimized frame is approximate (measured: frames of tier-1 code placed at their first
/// line, or at the line before). A frame object made from the walk therefore has no <c>f_lineno</c>.
/// </remarks>
public static class LiveStack
{
    // The prefix every generated member starts with (CSharpEmitter), tested before any reflection.
    private const string GeneratedPrefix = "__gil_";

    private static readonly ConcurrentDictionary<MethodBase, CodeInfo?> s_codes = new();

    /// <summary>The code of each running Python frame, innermost first.</summary>
    public static List<CodeInfo> Capture()
    {
        var frames = new List<CodeInfo>();
        MethodBase? inner = null;
        foreach (StackFrame frame in new StackTrace(fNeedFileInfo: false).GetFrames())
        {
            if (frame.GetMethod() is not MethodBase method || CodeOf(method) is not CodeInfo code) continue;
            // A split frame's method calls the method of its instructions (X calls X_run, a generator's X_resume calls
            // X_resume_run): one Python frame.
            bool outerHalf = inner is not null && inner.DeclaringType == method.DeclaringType
                && inner.Name.StartsWith(method.Name + "_", StringComparison.Ordinal);
            inner = method;
            // CPython 3.12 runs a list, set or dict comprehension in its caller's frame (PEP 709).
            if (outerHalf || code.Name is "<listcomp>" or "<setcomp>" or "<dictcomp>") continue;
            frames.Add(code);
        }
        return frames;
    }

    /// <summary>
    /// The running frames as frame objects linked by <c>f_back</c>: the innermost after <paramref name="skip"/>
    /// frames (a new reference), or null when the stack holds no more than <paramref name="skip"/>.
    /// </summary>
    public static PyFrame? Frames(int skip)
    {
        var frames = Capture();
        PyFrame? back = null;
        for (int i = frames.Count - 1; i >= skip; i--) back = new PyFrame(frames[i], back);
        return back;
    }

    private static CodeInfo? CodeOf(MethodBase method) =>
        method.Name.StartsWith(GeneratedPrefix, StringComparison.Ordinal) ? s_codes.GetOrAdd(method, FindCode) : null;

    // {prefix}body{id}_{name}[_run|_resume|_resume_run] -> the static field {prefix}code{id}. The prefix may itself
    // hold "body" (it names a [GilFunction]'s method), so each place is tried until one names a code object.
    private static CodeInfo? FindCode(MethodBase method)
    {
        if (!method.IsStatic || method.DeclaringType is not Type type) return null;
        string name = method.Name;
        for (int at = name.IndexOf("body", StringComparison.Ordinal); at >= 0; at = name.IndexOf("body", at + 1, StringComparison.Ordinal))
        {
            int end = at + 4;
            while (end < name.Length && char.IsAsciiDigit(name[end])) end++;
            if (end == at + 4 || end >= name.Length || name[end] != '_') continue;
            FieldInfo? field = type.GetField(name[..at] + "code" + name[(at + 4)..end], BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public);
            if (field?.GetValue(null) is CodeInfo code) return code;
        }
        return null;
    }
}
