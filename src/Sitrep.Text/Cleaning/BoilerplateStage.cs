using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Text.Cleaning;

/// <summary>Marks non-body lines as boilerplate. (Placeholder: marks nothing yet.)</summary>
public sealed class BoilerplateStage() : Stage("boilerplate", Layer.Boilerplate)
{
    public override void Run(ArticleDocument document) => document.Boilerplate = ImmutableArray<Boilerplate>.Empty;
}
