using System.Collections.Concurrent;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Syntax;

/// <summary>
/// Finds and loads the committed tagger and parser models (models/pos.bin.gz, models/parser.bin.gz).
/// Loaded once per path and shared: the models are immutable.
/// </summary>
public static class SyntaxModels
{
    public const string PosPath = "models/pos.bin.gz";
    public const string ParserPath = "models/parser.bin.gz";
    private static readonly ConcurrentDictionary<string, Lazy<(PerceptronModel? Model, string? Error)>> Cache = new();

    public static PosTagger? LoadTagger(DataDirectory data, out string? error)
    {
        var m = Load(data, PosPath, out error);
        return m is null ? null : new PosTagger(m);
    }

    public static DependencyParser? LoadParser(DataDirectory data, out string? error)
    {
        var m = Load(data, ParserPath, out error);
        return m is null ? null : new DependencyParser(m);
    }

    private static PerceptronModel? Load(DataDirectory data, string relative, out string? error)
    {
        var path = data.FindProjectFile(relative);
        if (path is null)
        {
            error = $"{relative} not found; run `sitrep train {(relative == PosPath ? "pos" : "parser")}` to build it.";
            return null;
        }
        var lazy = Cache.GetOrAdd(Path.GetFullPath(path), p => new Lazy<(PerceptronModel?, string?)>(() =>
        {
            var model = PerceptronModel.Load(p, out var e, out _);
            return (model, e);
        }));
        error = lazy.Value.Error;
        return lazy.Value.Model;
    }
}
