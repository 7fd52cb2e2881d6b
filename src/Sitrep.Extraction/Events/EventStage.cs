using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Syntax;
using Sitrep.Knowledge;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Codes CAMEO events sentence by sentence from the parse (Layer.Events). Uses the Actors layer when an
/// earlier stage provides it, else the built-in actor words. Sentences inside boilerplate are skipped.
/// </summary>
public sealed class EventStage : Stage
{
    private readonly EventCoder _coder;

    /// <param name="useActors">True when an earlier stage provides Layer.Actors (the standard pipeline).</param>
    public EventStage(EventCoder coder, bool useActors = false)
        : base("events", Layer.Events, useActors ? [Layer.Sentences, Layer.Tokens, Layer.Pos, Layer.Deps, Layer.Actors] : [Layer.Sentences, Layer.Tokens, Layer.Pos, Layer.Deps])
        => _coder = coder;

    public static EventCoder LoadCoder(DataDirectory data, List<string> problems, IReadOnlyList<(string Phrase, string Code)>? extraActors = null)
    {
        var lexicon = EventLexicon.Load(data, problems);
        // Gold coded with other dictionaries (the PETRARCH unit tests' fictional countries) adds its actors here;
        // Phoenix's real-world dictionaries are the actor coder's business.
        if (extraActors is { Count: > 0 }) lexicon = lexicon.WithActors(extraActors);
        var cameo = CameoTable.Load(data);
        if (cameo.Count == 0) problems.Add("CAMEO code table not found (cameo/cameo-codes.tsv or lexicons/events-cameo.tsv); no events will be emitted.");
        IEventActorSource words = new LexiconActorSource(lexicon);
        var coder = Sitrep.Extraction.Actors.ActorCoder.Load(data);
        return new EventCoder(lexicon, cameo, new LayerActorSource(new CoderActorSource(coder, words)));
    }

    public override void Run(ArticleDocument document)
    {
        var pos = document.GetExtra<PosTags>(Layer.Pos);
        var deps = document.GetExtra<Dependencies>(Layer.Deps);
        if (pos is null || deps is null || document.Tokens.Length == 0)
        {
            document.Events = ImmutableArray<Event>.Empty;
            return;
        }
        var parsed = EventCoder.Parsed.Of(document, pos, deps);
        var events = new List<Event>();
        bool boiler = document.Has(Layer.Boilerplate) && document.Boilerplate.Length > 0;
        foreach (var (s, start, end) in pos.Words.Ranges)
        {
            if (s < 0) continue;
            if (boiler && document.IsBoilerplate(document.Sentences[s].Span)) continue;
            int before = events.Count;
            _coder.CodeSentence(parsed, s, start, end, events);
            if (events.Count > before) Anchor(document, events, before, document.Sentences[s].Span);
        }
        document.Events = events.ToImmutableArray();
    }

    /// <summary>`when`/`where`: the sentence's first time expression and place, when those layers exist.</summary>
    private static void Anchor(ArticleDocument document, List<Event> events, int from, TextSpan sentence)
    {
        string? when = null, where = null;
        if (document.Has(Layer.Times))
            foreach (var t in document.Times) if (sentence.Contains(t.Span) && t.Value is not null) { when = t.Value; break; }
        if (document.Has(Layer.Places))
            foreach (var pl in document.Places) if (sentence.Contains(pl.Span)) { where = pl.Name; break; }
        if (when is null && where is null) return;
        for (int i = from; i < events.Count; i++) events[i] = events[i] with { When = when, Where = where };
    }
}
