using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>COMPARE_OP's argument, in CPython's order.</summary>
public enum CompareOp
{
    /// <summary>&lt;</summary>
    Lt = 0,
    /// <summary>&lt;=</summary>
    Le = 1,
    /// <summary>==</summary>
    Eq = 2,
    /// <summary>!=</summary>
    Ne = 3,
    /// <summary>&gt;</summary>
    Gt = 4,
    /// <summary>&gt;=</summary>
    Ge = 5,
}
