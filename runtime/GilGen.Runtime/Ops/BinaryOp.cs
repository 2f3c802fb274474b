using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>The binary operators, for the shared slow path and its error messages.</summary>
public enum BinaryOp
{
#pragma warning disable CS1591
    Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor, MatMul,
#pragma warning restore CS1591
}
