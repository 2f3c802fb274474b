using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>
/// One line of a traceback: the code object and the line that was running, and the locals of the frame it names when
/// the exception left that frame (<see cref="FrameLocals"/>), which the traceback keeps alive as CPython's keeps the frame.
/// </summary>
public readonly record struct TracebackEntry(CodeInfo Code, int Line, FrameLocals? Locals = null);
