using Sitrep.Knowledge;

namespace Sitrep.Eval;

/// <summary>One scored task of `sitrep eval NAME`: reads gold from the data directory, prints scores.</summary>
public interface IEvalTask
{
    string Name { get; }
    string Description { get; }

    /// <summary>Paths (under the data directory) the task needs; absent ones make eval say so and exit cleanly.</summary>
    IReadOnlyList<string> Requires { get; }

    /// <returns>The scores by metric name (also printed to <paramref name="output"/>).</returns>
    IReadOnlyDictionary<string, double> Run(DataDirectory data, TextWriter output, EvalOptions options);
}

/// <param name="GivenParse">Events: code the parses shipped with the gold instead of our own (scores the coder apart from the parser).</param>
public sealed record EvalOptions(int? Limit = null, bool Verbose = false, string? File = null, bool GivenParse = false);

public static class EvalTasks
{
    /// <summary>All tasks, in the order `eval all` runs them. Each later issue adds its own.</summary>
    public static IReadOnlyList<IEvalTask> All { get; } =
    [
        new TokensEval(),
        new TimeEval(),
        new NerEval(),
        new GeoEval(),
        new FiguresEval(),
        new QuotesEval(),
        new PosEval(),
        new ParseEval(),
        new EventsEval(),
    ];
}
