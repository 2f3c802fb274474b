namespace GilGen.Samples;

/// <summary>One experiment of the seed documents, reproduced on GilGen.</summary>
public interface IExperiment
{
    /// <summary>The section heading: what is measured.</summary>
    string Title { get; }

    /// <summary>Runs the experiment and writes its rows and conclusion to <paramref name="report"/>.</summary>
    void Run(Report report);
}
