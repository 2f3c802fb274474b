namespace GilGen.Runtime;

/// <summary>
/// <c>enum.property</c> (3.11+; DynamicClassAttribute's successor): a data descriptor that works on members and
/// is absent on the class, so that <c>Color.RED.name</c> is the member's name while <c>Color.name</c> raises
/// AttributeError. Enum's <c>name</c> and <c>value</c> are made with it.
/// </summary>
internal static class EnumProperty
{
    /// <summary>Makes the class enum.property.</summary>
    internal static PyType CreateType(ThreadState ts, EnumModuleClasses m)
    {
        var b = new EnumClassBuilder(ts, m.Module, "property",
            "\n    This is a descriptor, used to define attributes that act differently\n    when accessed through an enum member and through an enum class.\n    ");
        b.Method("__init__", new[] { "self", "fget", "fset", "fdel", "doc" }, (ts2, p) =>
        {
            Ops.SetAttr(ts2, p[0], "fget", p[1]);
            Ops.SetAttr(ts2, p[0], "fset", p[2]);
            Ops.SetAttr(ts2, p[0], "fdel", p[3]);
            Ops.SetAttr(ts2, p[0], "__doc__", p[4]);
            Ops.SetAttr(ts2, p[0], "name", PyValue.None);
            Ops.SetAttr(ts2, p[0], "clsname", PyValue.None);
            Ops.SetAttr(ts2, p[0], "member", PyValue.None);
            return PyValue.None;
        }, defaults: new[] { PyValue.None, PyValue.None, PyValue.None, PyValue.None });
        b.Method("__set_name__", new[] { "self", "ownerclass", "name" }, (ts2, p) =>
        {
            Ops.SetAttr(ts2, p[0], "name", p[2]);
            var clsname = PyValue.Str(EnumMetaclass.Class(p[1]).Name);
            try { Ops.SetAttr(ts2, p[0], "clsname", clsname); }
            finally { clsname.DecRef(); }
            return PyValue.None;
        });
        b.Method("__get__", new[] { "self", "instance", "ownerclass" }, (ts2, p) =>
        {
            var self = p[0];
            if (p[1].IsNone)
            {
                var member = Ops.GetAttr(ts2, self, "member");
                if (!member.IsNone) return member;
                member.DecRef();
                throw PyErr.AttributeError($"{Ops.ReprOf(ts2, p[2])} has no attribute {Ops.ReprOf(ts2, Attribute(ts2, self, "name"))}");
            }
            var fget = Ops.GetAttr(ts2, self, "fget");
            try
            {
                if (!fget.IsNone) return Ops.Call(ts2, fget, new[] { p[1] }, null);
            }
            finally { fget.DecRef(); }
            var cls = p[2].IsNone ? PyValue.From(p[1].Type) : p[2];
            var nameValue = Attribute(ts2, self, "name");
            if (cls.Obj is PyType t && t.Lookup("_member_map_") is { Obj: PyDict map } && map.TryGet(ts2, nameValue, out var found)) return found.NewRef();
            throw PyErr.AttributeError($"{Ops.ReprOf(ts2, cls)} has no attribute {Ops.ReprOf(ts2, nameValue)}");
        }, defaults: new[] { PyValue.None });
        b.Method("__set__", new[] { "self", "instance", "value" }, (ts2, p) =>
        {
            var fset = Ops.GetAttr(ts2, p[0], "fset");
            try
            {
                if (!fset.IsNone) return Ops.Call(ts2, fset, new[] { p[1], p[2] }, null);
            }
            finally { fset.DecRef(); }
            throw PyErr.AttributeError($"<enum {Ops.ReprOf(ts2, Attribute(ts2, p[0], "clsname"))}> cannot set attribute {Ops.ReprOf(ts2, Attribute(ts2, p[0], "name"))}");
        });
        b.Method("__delete__", new[] { "self", "instance" }, (ts2, p) =>
        {
            var fdel = Ops.GetAttr(ts2, p[0], "fdel");
            try
            {
                if (!fdel.IsNone) return Ops.Call(ts2, fdel, new[] { p[1] }, null);
            }
            finally { fdel.DecRef(); }
            throw PyErr.AttributeError($"<enum {Ops.ReprOf(ts2, Attribute(ts2, p[0], "clsname"))}> cannot delete attribute {Ops.ReprOf(ts2, Attribute(ts2, p[0], "name"))}");
        });
        return b.Build("property", new[] { PyValue.From(PyType.Object) }, null);
    }

    // An attribute of the descriptor, borrowed from its instance dict (None when missing).
    private static PyValue Attribute(ThreadState ts, PyValue self, string name) =>
        self.Obj is PyInstance pi && pi.TryGetStored(name, out var v) ? v : PyValue.None;

    /// <summary>A new enum.property whose getter is <paramref name="fget"/> (borrowed). New reference.</summary>
    internal static PyValue Create(ThreadState ts, EnumModuleClasses m, PyValue fget) =>
        Ops.Call(ts, PyValue.From(m.Property), new[] { fget }, null);
}
