using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>One global variable of a module; generated code refers to it by index.</summary>
public sealed class GlobalSlot
{
    /// <summary>The variable name.</summary>
    public readonly string Name;
    /// <summary>The value (owned reference), Unbound when not bound.</summary>
    public PyValue Value = PyValue.Unbound;
    /// <summary>
    /// While this global is unbound, LOAD_GLOBAL reads the builtin of the same name: the builtins module's
    /// slot, found once and kept (CPython 3.11's LOAD_GLOBAL_BUILTIN caches the same lookup).
    /// </summary>
    internal GlobalSlot? Builtin;
    /// <summary>The module this global belongs to (null for a slot made outside a module).</summary>
    internal PyModule? Module;
    /// <summary>
    /// The module's namespace dict once something asked for it (<c>globals()</c>, <c>module.__dict__</c>):
    /// every store to the slot is then written to the dict too, so the dict stays live.
    /// </summary>
    internal ModuleNamespace? Mirror;
    /// <summary>An unbound slot.</summary>
    public GlobalSlot(string name) => Name = name;

    /// <summary>
    /// A new reference to the value, or Unbound. Without a GIL (<see cref="FreeThreading"/>) it is read under the
    /// slot's lock, as LOAD_GLOBAL reads it, so that a store from another thread can neither tear it nor
    /// release it first: the path of a module's globals read as its attributes (<c>othermodule.x</c>).
    /// </summary>
    public PyValue NewRefToValue()
    {
        using (FreeThreading.Lock(this)) return Value.NewRef();
    }

    /// <summary>Puts <paramref name="value"/> (stolen) in the slot and returns the old value (owned), under the slot's lock without a GIL.</summary>
    public PyValue Exchange(PyValue value)
    {
        var old = ExchangeUnmirrored(value);
        Mirror?.SlotStored(this, value);
        return old;
    }

    /// <summary><see cref="Exchange"/> without writing the module's namespace dict: the dict's own writes come this way.</summary>
    internal PyValue ExchangeUnmirrored(PyValue value)
    {
        using (FreeThreading.Lock(this))
        {
            PyValue old = Value;
            Value = value;
            return old;
        }
    }
}
