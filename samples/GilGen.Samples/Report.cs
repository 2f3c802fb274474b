using System;
using System.IO;

namespace GilGen.Samples;

/// <summary>
/// Writes the experiments' results as a short report a person reads at a glance: a numbered heading
/// per experiment, aligned label/value rows, and one line saying what the numbers mean.
/// </summary>
public sealed class Report
{
    private const int LabelWidth = 30;
    private readonly TextWriter _writer;
    private int _sections;

    /// <summary>Writes to <paramref name="writer"/>.</summary>
    public Report(TextWriter writer)
    {
        _writer = writer;
    }

    /// <summary>Writes the report's title.</summary>
    public void Title(string text)
    {
        _writer.WriteLine(text);
        _writer.WriteLine(new string('=', text.Length));
    }

    /// <summary>Starts the section of one experiment.</summary>
    public void Section(string title)
    {
        _sections++;
        _writer.WriteLine();
        _writer.WriteLine($"{_sections}. {title}");
    }

    /// <summary>Writes one result: a label and its value, aligned with the other rows.</summary>
    public void Row(string label, string value) => _writer.WriteLine("   " + label.PadRight(LabelWidth) + value);

    /// <summary>Writes a block of program output (a dis listing, printed lines) indented under the section.</summary>
    public void Block(string text)
    {
        foreach (string line in text.TrimEnd('\n').Split('\n'))
            _writer.WriteLine("   | " + line);
    }

    /// <summary>Writes what the numbers above show.</summary>
    public void Conclusion(string text) => _writer.WriteLine("   => " + text);

    /// <summary>Writes that an experiment failed, without hiding the others.</summary>
    public void Failure(Exception exception) => _writer.WriteLine("   !! failed: " + exception.GetType().Name + ": " + exception.Message);

    /// <summary>Flushes the underlying writer.</summary>
    public void Flush() => _writer.Flush();
}
