using System;
using System.Collections.Generic;
using GilGen.Compiler.Bytecode;

namespace GilGen.Compiler.Emit;

/// <summary>
/// Module-wide facts the emitter decides once: an id for every code object, the module's global
/// slots (every name any code object reads or writes as a global), and one static field per
/// heap constant, shared by all code objects of the module.
/// </summary>
internal sealed class ModuleLayout
{
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly Dictionary<Constant, string> _constantFields = new();
    private readonly Dictionary<CodeObject, int> _codeIds = new();
    private readonly Dictionary<(CodeObject, int), string> _attributeSites = new();
    private readonly Dictionary<(CodeObject, int), string> _callSites = new();

    public ModuleLayout(CodeObject module, string prefix)
    {
        Prefix = prefix;
        Visit(module, isModule: true);
        // The names locals(), vars() and dir() put in a frame's dict (FrameScopeCalls): after every other constant,
        // so that the fields of a module without such a call, and of the other code objects, are numbered as before.
        for (int i = 1; i < Codes.Count; i++)
        {
            var code = Codes[i];
            if (FrameScopeCalls.IsInlinedComprehension(code) || !FrameScopeCalls.Any(code, isModule: false)) continue;
            foreach (var variable in FrameScopeCalls.Variables(code, IsClassBody(code, isModule: false))) AddConstant(Constant.Str(variable.Name));
        }
    }

    /// <summary>Prefix of every generated member, so several snippets can share one partial class.</summary>
    public string Prefix { get; }

    /// <summary>Code objects in id order; the module's own code is id 0.</summary>
    public List<CodeObject> Codes { get; } = new();

    /// <summary>Global names in slot order.</summary>
    public List<string> SlotNames { get; } = new();

    /// <summary>Heap constants and the static fields that hold them, in first-use order.</summary>
    public List<(Constant Constant, string Field)> ConstantFields { get; } = new();

    /// <summary>The inline caches of attribute instructions (one per LOAD_ATTR, STORE_ATTR, LOAD_METHOD) and the names they name.</summary>
    public List<(string Field, string Name)> AttributeSites { get; } = new();

    /// <summary>
    /// The call sites of CALL_FUNCTION and CALL_METHOD instructions (CPython 3.12's adaptive state, for the
    /// modern profile's switch points: see runtime CallSite), with the argument count and whether POP_TOP follows.
    /// </summary>
    public List<(string Field, int ArgCount, bool ResultDiscarded)> CallSites { get; } = new();

    /// <summary>The field holding the call site of the call instruction at <paramref name="offset"/>.</summary>
    public string CallSite(CodeObject code, int offset) => _callSites[(code, offset)];

    public int SlotOf(string name) => _slots[name];

    /// <summary>The field holding the inline cache of the attribute instruction at <paramref name="offset"/>.</summary>
    public string AttributeSite(CodeObject code, int offset) => _attributeSites[(code, offset)];

    public int IdOf(CodeObject code) => _codeIds[code];

    public string BodyName(CodeObject code) => Prefix + "body" + IdOf(code) + "_" + Identifier(code.Name);

    /// <summary>The method with a body's instructions when its frame is split off (CodeObjectEmitter.SplitFrame).</summary>
    public string RunName(CodeObject code) => BodyName(code) + "_run";

    /// <summary>The struct holding a split body's locals, cells and current line (CodeObjectEmitter.SplitFrame).</summary>
    public string FrameTypeName(CodeObject code) => Prefix + "frame" + IdOf(code) + "_" + Identifier(code.Name);

    public string CodeInfoName(CodeObject code) => Prefix + "code" + IdOf(code);

    public string ArgSpecName(CodeObject code) => Prefix + "args" + IdOf(code);

    public string BodyDelegateName(CodeObject code) => Prefix + "fn" + IdOf(code);

    /// <summary>The field holding a heap constant (str, float, big int, tuple...).</summary>
    public string ConstantField(Constant constant) => _constantFields[constant];

    /// <summary>A class body: a code object that keeps its names in a namespace dict (no CO_OPTIMIZED).</summary>
    public static bool IsClassBody(CodeObject code, bool isModule) => !isModule && (code.Flags & CodeFlags.Optimized) == 0;

    /// <summary>The str constant field holding a name a class body looks up in its namespace.</summary>
    public string NameField(string name) => _constantFields[Constant.Str(name)];

    private void Visit(CodeObject code, bool isModule)
    {
        _codeIds[code] = Codes.Count;
        Codes.Add(code);
        bool classBody = IsClassBody(code, isModule);
        for (int i = 0; i < code.Instructions.Count; i++)
        {
            var ins = code.Instructions[i];
            if (ins.Opcode is Opcode.CALL_FUNCTION or Opcode.CALL_METHOD)
            {
                string site = Prefix + "call" + _codeIds[code] + "_" + ins.Offset;
                _callSites[(code, ins.Offset)] = site;
                bool discarded = i + 1 < code.Instructions.Count && code.Instructions[i + 1].Opcode == Opcode.POP_TOP;
                CallSites.Add((site, ins.Arg, discarded));
            }
            if (classBody && ins.Opcode is Opcode.LOAD_NAME or Opcode.STORE_NAME or Opcode.DELETE_NAME)
            {
                // The namespace is keyed by str objects: one constant field per name.
                AddConstant(Constant.Str(code.Names[ins.Arg]));
                if (ins.Opcode == Opcode.LOAD_NAME) AddSlot(code.Names[ins.Arg]);
                continue;
            }
            if (ins.Opcode == Opcode.LOAD_CLASSDEREF)
            {
                int cells = code.CellVars.Count;
                AddConstant(Constant.Str(ins.Arg < cells ? code.CellVars[ins.Arg] : code.FreeVars[ins.Arg - cells]));
            }
            switch (ins.Opcode)
            {
                case Opcode.LOAD_ATTR:
                case Opcode.STORE_ATTR:
                case Opcode.LOAD_METHOD:
                    string field = Prefix + "site" + _codeIds[code] + "_" + ins.Offset;
                    _attributeSites[(code, ins.Offset)] = field;
                    AttributeSites.Add((field, code.Names[ins.Arg]));
                    break;
                case Opcode.LOAD_GLOBAL:
                case Opcode.STORE_GLOBAL:
                case Opcode.DELETE_GLOBAL:
                    AddSlot(code.Names[ins.Arg]);
                    break;
                case Opcode.LOAD_NAME:
                case Opcode.STORE_NAME:
                case Opcode.DELETE_NAME:
                    if (isModule) AddSlot(code.Names[ins.Arg]);
                    break;
                case Opcode.SETUP_ANNOTATIONS:
                    if (isModule) AddSlot("__annotations__");
                    if (classBody) AddConstant(Constant.Str("__annotations__"));
                    break;
            }
        }
        foreach (var constant in code.Constants)
        {
            if (constant.Kind == ConstantKind.Code)
            {
                Visit(constant.Code!, isModule: false);
            }
            else
            {
                AddConstant(constant);
            }
        }
    }

    private void AddSlot(string name)
    {
        if (_slots.ContainsKey(name)) return;
        _slots[name] = SlotNames.Count;
        SlotNames.Add(name);
    }

    private void AddConstant(Constant constant)
    {
        if (IsInline(constant) || _constantFields.ContainsKey(constant)) return;
        string field = Prefix + "k" + ConstantFields.Count;
        _constantFields[constant] = field;
        ConstantFields.Add((constant, field));
    }

    /// <summary>None, bools and 64-bit ints need no field: the emitter writes them in place.</summary>
    public static bool IsInline(Constant c) =>
        c.Kind is ConstantKind.None or ConstantKind.Bool || (c.Kind == ConstantKind.Int && c.BigIntText == null);

    /// <summary>A C# identifier fragment for a Python name (which may be <c>&lt;listcomp&gt;</c>).</summary>
    public static string Identifier(string name)
    {
        var chars = name.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (!(char.IsLetterOrDigit(chars[i]) || chars[i] == '_')) chars[i] = '_';
        }
        return new string(chars).Trim('_');
    }
}
