using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>One line of a traceback: the code object and the line that was running.</summary>
public readonly record struct TracebackEntry(CodeInfo Code, int Line);
