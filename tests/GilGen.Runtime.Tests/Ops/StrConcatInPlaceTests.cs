using GilGen.Runtime;
using GilGen.Runtime.Tests.Objects;

namespace GilGen.Runtime.Tests.Operations;

/// <summary>
/// <c>s += t</c> stored back into the variable that holds <c>s</c> (Ops.InplaceAddConsumingInto, AddConsumingInto):
/// the str is appended to in place exactly when nothing but that variable and the operand hold it, as CPython's
/// unicode_concatenate does; otherwise a new str is made and the old one is left as it was.
/// </summary>
public class StrConcatInPlaceTests
{
    // A str held by a variable, and the operand's reference that LOAD_FAST adds.
    private static (PyValue Variable, PyValue Operand) Loaded(string text)
    {
        var variable = PyValue.Str(text);
        variable.IncRef();
        return (variable, variable);
    }

    [Fact]
    public void A_str_held_only_by_the_variable_and_the_operand_grows_in_place()
    {
        using var s = new InterpreterScope();
        var (variable, operand) = Loaded("ab" + "c");
        var sum = Ops.InplaceAddConsumingInto(s.Ts, operand, PyValue.Str("d"), variable);
        Assert.Same(variable.Obj, sum.Obj);
        Assert.Equal(2, sum.Obj!.RefCount);   // the variable's and the result's, until STORE_FAST releases the old value
        Assert.Equal("abcd", ((PyStr)sum.Obj).Value);
        sum.DecRef();
        variable.DecRef();
    }

    [Fact]
    public void Many_appends_read_back_as_one_text_and_len_does_not_need_it()
    {
        using var s = new InterpreterScope();
        var variable = PyValue.Str("xy");
        for (int i = 0; i < 1000; i++)
        {
            variable.IncRef();   // LOAD_FAST
            var sum = Ops.AddConsumingInto(s.Ts, variable, PyValue.Str((i % 10).ToString()), variable);
            Assert.Same(variable.Obj, sum.Obj);
            sum.DecRef();        // STORE_FAST of the same object releases the old reference
        }
        Assert.Equal(1002, variable.Obj!.Length(s.Ts));
        string text = ((PyStr)variable.Obj).Value;
        Assert.Equal(1002, text.Length);
        Assert.StartsWith("xy0123456789", text);
        Assert.EndsWith("56789", text);
        Assert.Same(text, ((PyStr)variable.Obj).Value);   // read once, kept as a string
        variable.DecRef();
    }

    [Fact]
    public void A_str_with_a_third_holder_is_not_changed()
    {
        using var s = new InterpreterScope();
        var (variable, operand) = Loaded("ab" + "c");
        variable.IncRef();   // another name, a list item, a dict key
        var sum = Ops.InplaceAddConsumingInto(s.Ts, operand, PyValue.Str("d"), variable);
        Assert.NotSame(variable.Obj, sum.Obj);
        Assert.Equal("abc", ((PyStr)variable.Obj!).Value);
        Assert.Equal("abcd", ((PyStr)sum.Obj!).Value);
        sum.DecRef();
        variable.DecRef();
        variable.DecRef();
    }

    [Fact]
    public void A_str_stored_into_another_variable_is_not_changed()
    {
        using var s = new InterpreterScope();
        var (variable, operand) = Loaded("ab" + "c");
        var other = PyValue.Str("other");
        var sum = Ops.AddConsumingInto(s.Ts, operand, PyValue.Str("d"), other);
        Assert.NotSame(variable.Obj, sum.Obj);
        Assert.Equal("abc", ((PyStr)variable.Obj!).Value);
        sum.DecRef();
        variable.DecRef();
        other.DecRef();
    }

    [Fact]
    public void A_non_str_operand_raises_and_changes_nothing()
    {
        using var s = new InterpreterScope();
        var (variable, operand) = Loaded("ab" + "c");
        var error = Assert.Throws<PyException>(() => Ops.InplaceAddConsumingInto(s.Ts, operand, PyValue.Int(1), variable));
        Assert.Equal("can only concatenate str (not \"int\") to str", error.Instance.StrString(s.Ts));
        Assert.Equal("abc", ((PyStr)variable.Obj!).Value);
        Assert.Equal(2, variable.Obj.RefCount);   // both operands are left to the caller when the operation raises
        operand.DecRef();
        variable.DecRef();
    }
}
