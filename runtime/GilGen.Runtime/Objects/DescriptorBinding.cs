using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>What attribute lookup on an instance does with a class attribute (the descriptor protocol's common cases).</summary>
public static class DescriptorBinding
{
    /// <summary>Binds functions and method descriptors to <paramref name="self"/>; other values are returned as they are. New reference.</summary>
    public static PyValue Bind(PyValue classAttr, PyValue self)
    {
        switch (classAttr.Obj)
        {
            case PyFunction: return PyValue.From(new PyBoundMethod(classAttr, self));
            case PyBuiltinFunction b when b.IsMethodDescriptor: return PyValue.From(b.BindTo(self));
            default: return classAttr.NewRef();
        }
    }
}
