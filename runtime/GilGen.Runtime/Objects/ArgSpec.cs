using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>A function's parameters: co_varnames[:argcount+kwonly] and the shape flags.</summary>
public sealed class ArgSpec
{
    /// <summary>Parameter names: positional ones, then keyword-only ones (not *args/**kwargs).</summary>
    public readonly string[] ArgNames;
    /// <summary>How many leading parameters are positional-only.</summary>
    public readonly int PosOnly;
    /// <summary>Number of positional parameters (including positional-only).</summary>
    public readonly int ArgCount;
    /// <summary>Number of keyword-only parameters.</summary>
    public readonly int KwOnly;
    /// <summary>True when the function has *args.</summary>
    public readonly bool VarArgs;
    /// <summary>True when the function has **kwargs.</summary>
    public readonly bool VarKw;

    /// <summary>Describes a parameter list.</summary>
    public ArgSpec(string[] argNames, int posOnly, int argCount, int kwOnly, bool varArgs, bool varKw)
    {
        ArgNames = argNames; PosOnly = posOnly; ArgCount = argCount; KwOnly = kwOnly; VarArgs = varArgs; VarKw = varKw;
    }

    /// <summary>How many slots ArgBinder.Bind fills.</summary>
    public int SlotCount => ArgCount + KwOnly + (VarArgs ? 1 : 0) + (VarKw ? 1 : 0);

    /// <summary>True when positional arguments alone, exactly ArgCount of them, need no binding.</summary>
    public bool IsSimple => KwOnly == 0 && !VarArgs && !VarKw;
}
