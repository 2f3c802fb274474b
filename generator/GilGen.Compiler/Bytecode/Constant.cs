using System;
using System.Collections.Generic;
using System.Linq;

namespace GilGen.Compiler.Bytecode;

/// <summary>The kind of a <see cref="Constant"/>.</summary>
public enum ConstantKind { None, Bool, Int, Float, Complex, Str, Bytes, Tuple, FrozenSet, Ellipsis, Code }

/// <summary>
/// One entry of co_consts. Ints are kept as their decimal text when they do not fit in a long
/// (<see cref="BigIntText"/>), so this assembly needs no System.Numerics at build time.
/// Equality is CPython's constant-merging equality: the type matters (1, 1.0 and True are distinct).
/// </summary>
public sealed class Constant : IEquatable<Constant>
{
    private Constant(ConstantKind kind) { Kind = kind; }

    public ConstantKind Kind { get; }
    public bool BoolValue { get; private set; }
    public long IntValue { get; private set; }
    /// <summary>Decimal text of an int that does not fit in 64 bits; null otherwise.</summary>
    public string? BigIntText { get; private set; }
    public double FloatValue { get; private set; }
    /// <summary>The imaginary part of a complex constant (its real part is <see cref="FloatValue"/>).</summary>
    public double ImagValue { get; private set; }
    public string? StrValue { get; private set; }
    public IReadOnlyList<Constant> Items { get; private set; } = Array.Empty<Constant>();
    public CodeObject? Code { get; private set; }

    public static readonly Constant None = new(ConstantKind.None);
    public static readonly Constant Ellipsis = new(ConstantKind.Ellipsis);
    public static readonly Constant True = new(ConstantKind.Bool) { BoolValue = true };
    public static readonly Constant False = new(ConstantKind.Bool) { BoolValue = false };
    public static Constant Int(long v) => new(ConstantKind.Int) { IntValue = v };
    public static Constant BigInt(string decimalText) => new(ConstantKind.Int) { BigIntText = decimalText };
    public static Constant Float(double v) => new(ConstantKind.Float) { FloatValue = v };
    public static Constant Complex(double real, double imag) => new(ConstantKind.Complex) { FloatValue = real, ImagValue = imag };
    public static Constant Str(string v) => new(ConstantKind.Str) { StrValue = v };
    /// <summary>A bytes literal; each char holds one byte (0..255).</summary>
    public static Constant Bytes(string latin1) => new(ConstantKind.Bytes) { StrValue = latin1 };
    public static Constant Tuple(IReadOnlyList<Constant> items) => new(ConstantKind.Tuple) { Items = items };
    public static Constant FrozenSet(IReadOnlyList<Constant> items) => new(ConstantKind.FrozenSet) { Items = items };
    public static Constant FromCode(CodeObject code) => new(ConstantKind.Code) { Code = code };

    public bool Equals(Constant? other)
    {
        if (other is null || other.Kind != Kind) return false;
        return Kind switch
        {
            ConstantKind.None or ConstantKind.Ellipsis => true,
            ConstantKind.Bool => BoolValue == other.BoolValue,
            ConstantKind.Int => IntValue == other.IntValue && BigIntText == other.BigIntText,
            // Bitwise, as CPython's _PyCode_ConstantKey: 0.0 and -0.0 are different constants.
            ConstantKind.Float => BitConverter.DoubleToInt64Bits(FloatValue) == BitConverter.DoubleToInt64Bits(other.FloatValue),
            ConstantKind.Complex => BitConverter.DoubleToInt64Bits(FloatValue) == BitConverter.DoubleToInt64Bits(other.FloatValue)
                && BitConverter.DoubleToInt64Bits(ImagValue) == BitConverter.DoubleToInt64Bits(other.ImagValue),
            ConstantKind.Str or ConstantKind.Bytes => StrValue == other.StrValue,
            ConstantKind.Tuple or ConstantKind.FrozenSet => Items.SequenceEqual(other.Items),
            ConstantKind.Code => CodeObjectEquality.Equal(Code!, other.Code!),
            _ => false,
        };
    }

    public override bool Equals(object? obj) => Equals(obj as Constant);

    public override int GetHashCode()
    {
        unchecked
        {
            int h = (int)Kind * 397;
            return Kind switch
            {
                ConstantKind.Bool => h ^ (BoolValue ? 1 : 0),
                ConstantKind.Int => h ^ IntValue.GetHashCode() ^ (BigIntText?.GetHashCode() ?? 0),
                ConstantKind.Float => h ^ FloatValue.GetHashCode(),
                ConstantKind.Complex => h ^ FloatValue.GetHashCode() ^ (ImagValue.GetHashCode() * 31),
                ConstantKind.Str or ConstantKind.Bytes => h ^ StrValue!.GetHashCode(),
                ConstantKind.Tuple or ConstantKind.FrozenSet => Items.Aggregate(h, (acc, c) => acc * 31 + c.GetHashCode()),
                ConstantKind.Code => h ^ CodeObjectEquality.Hash(Code!),
                _ => h,
            };
        }
    }
}
