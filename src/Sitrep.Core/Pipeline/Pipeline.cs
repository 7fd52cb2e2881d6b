using Sitrep.Core.Model;

namespace Sitrep.Core.Pipeline;

/// <summary>A stage reads the layers it requires and adds the one it provides.</summary>
public interface IStage
{
    string Name { get; }
    IReadOnlySet<Layer> Requires { get; }
    Layer Provides { get; }
    void Run(ArticleDocument document);
}

/// <summary>Mutable builder; <see cref="Build"/> checks stage order and freezes it.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IStage> _stages = new();

    public PipelineBuilder Add(IStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <param name="given">Layers the input documents already carry (besides the text).</param>
    public SitrepPipeline Build(params Layer[] given)
    {
        var available = new HashSet<Layer>(given) { Layer.Text };
        foreach (var stage in _stages)
        {
            var missing = stage.Requires.Where(r => !available.Contains(r)).ToList();
            if (missing.Count > 0)
                throw new InvalidOperationException(
                    $"Stage '{stage.Name}' requires {string.Join(", ", missing)}, which no earlier stage provides. " +
                    $"Available at that point: {string.Join(", ", available.Order())}. Add a stage that provides it before '{stage.Name}'.");
            if (!available.Add(stage.Provides))
                throw new InvalidOperationException($"Stage '{stage.Name}' provides {stage.Provides}, which an earlier stage already provides.");
        }
        return new SitrepPipeline(_stages.ToArray(), available);
    }
}

/// <summary>A frozen, ordered list of stages. Thread-safe when its stages are (they hold only immutable knowledge).</summary>
public sealed class SitrepPipeline
{
    private readonly IStage[] _stages;

    internal SitrepPipeline(IStage[] stages, IReadOnlySet<Layer> provides)
    {
        _stages = stages;
        Provides = provides;
    }

    public IReadOnlyList<IStage> Stages => _stages;
    public IReadOnlySet<Layer> Provides { get; }

    public ArticleDocument Run(ArticleDocument document)
    {
        foreach (var stage in _stages)
        {
            if (document.Has(stage.Provides)) continue;
            stage.Run(document);
        }
        return document;
    }
}

/// <summary>Helper base for stages: declares requirements in one line.</summary>
public abstract class Stage : IStage
{
    protected Stage(string name, Layer provides, params Layer[] requires)
    {
        Name = name;
        Provides = provides;
        Requires = new HashSet<Layer>(requires);
    }

    public string Name { get; }
    public IReadOnlySet<Layer> Requires { get; }
    public Layer Provides { get; }
    public abstract void Run(ArticleDocument document);
}
