using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using GilGen.Runtime;

namespace GilGen.Runtime.Tests.Objects;

/// <summary>
/// Every <see cref="PyObject.Dealloc"/> in the runtime drops what it holds through <see cref="PyValue.DecRefFromDealloc"/>
/// (the trashcan), never <see cref="PyValue.DecRef"/>, whose release would recurse once per link of a long chain and
/// overflow the stack: read from each override's IL, so a new type that forgets it fails here.
/// </summary>
public class DeallocReleaseTests
{
    [Fact]
    public void No_Dealloc_releases_through_DecRef()
    {
        var decRef = typeof(PyValue).GetMethod(nameof(PyValue.DecRef))!;
        var offenders = new List<string>();
        int checkedCount = 0;
        foreach (var type in typeof(PyObject).Assembly.GetTypes().Where(t => typeof(PyObject).IsAssignableFrom(t)))
        {
            var dealloc = type.GetMethod(nameof(PyObject.Dealloc), BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly, Type.EmptyTypes);
            if (dealloc?.GetMethodBody()?.GetILAsByteArray() is not byte[] il) continue;
            checkedCount++;
            if (CalledMethods(dealloc.Module, il, type).Any(m => m == decRef)) offenders.Add(type.FullName!);
        }
        Assert.True(checkedCount > 40, $"only {checkedCount} Dealloc overrides found");
        Assert.Empty(offenders);
    }

    [Fact]
    public void The_IL_reader_sees_a_DecRef_call()
    {
        // The scan above must be able to fail: a method known to call PyValue.DecRef is seen to.
        var method = typeof(DeallocReleaseTests).GetMethod(nameof(CallsDecRef), BindingFlags.NonPublic | BindingFlags.Static)!;
        var decRef = typeof(PyValue).GetMethod(nameof(PyValue.DecRef))!;
        Assert.Contains(decRef, CalledMethods(method.Module, method.GetMethodBody()!.GetILAsByteArray()!, typeof(DeallocReleaseTests)));
    }

    private static void CallsDecRef(PyValue v) => v.DecRef();

    // The methods that call and callvirt instructions name. Other instructions are skipped by their operand sizes.
    private static IEnumerable<MethodBase?> CalledMethods(Module module, byte[] il, Type owner)
    {
        for (int i = 0; i < il.Length;)
        {
            OpCode op = il[i] == 0xFE ? TwoByte[il[i + 1]] : OneByte[il[i]];
            i += op.Size;
            if (op == OpCodes.Call || op == OpCodes.Callvirt)
            {
                int token = BitConverter.ToInt32(il, i);
                yield return module.ResolveMethod(token, owner.IsGenericType ? owner.GetGenericArguments() : null, null);
            }
            i += OperandSize(op, il, i);
        }
    }

    private static int OperandSize(OpCode op, byte[] il, int at) => op.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };

    private static readonly OpCode[] OneByte = new OpCode[256];
    private static readonly OpCode[] TwoByte = new OpCode[256];

    static DeallocReleaseTests()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var op = (OpCode)field.GetValue(null)!;
            if (op.Size == 1) OneByte[op.Value & 0xFF] = op;
            else TwoByte[op.Value & 0xFF] = op;
        }
    }
}
