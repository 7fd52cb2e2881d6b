using System.Text.Json;
using Sitrep.Core;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities;

/// <summary>One gold sentence of the NER JSONL sets: text (tokens joined by single spaces), tokens and names.</summary>
public sealed record NerSentence(string Id, string Doc, string Text, TextSpan[] Tokens, IReadOnlyList<(TextSpan Span, EntityLabel Label)> Entities)
{
    /// <summary>Gold names as token index ranges (end exclusive); names not on token boundaries are dropped.</summary>
    internal List<(int Start, int End, EntityLabel Label)> TokenSpans()
    {
        var result = new List<(int, int, EntityLabel)>();
        foreach (var (span, label) in Entities)
        {
            int s = Array.FindIndex(Tokens, t => t.Start == span.Start);
            int e = Array.FindIndex(Tokens, t => t.End == span.End);
            if (s >= 0 && e >= s) result.Add((s, e + 1, label));
        }
        return result;
    }
}

/// <summary>Reads the ner-train / ner-dev JSONL format (see ../shared/data/ner-train/PROVENANCE.md).</summary>
public static class NerCorpus
{
    /// <summary>Reads a file; lines that are not valid records are skipped and counted in <paramref name="rejected"/>.</summary>
    public static List<NerSentence> Read(string path, out int rejected)
    {
        var result = new List<NerSentence>();
        rejected = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var text = root.GetProperty("text").GetString() ?? "";
                var id = root.TryGetProperty("id", out var idp) ? idp.GetString() ?? "" : "";
                var doc = root.TryGetProperty("doc", out var dp) ? dp.GetString() ?? "" : "";
                var entities = new List<(TextSpan, EntityLabel)>();
                if (root.TryGetProperty("entities", out var ents))
                {
                    foreach (var e in ents.EnumerateArray())
                    {
                        var label = e.GetProperty("label").GetString();
                        if (!Enum.TryParse<EntityLabel>(label, out var l)) continue;
                        int s = e.GetProperty("start").GetInt32(), en = e.GetProperty("end").GetInt32();
                        if (s < 0 || en > text.Length || en <= s) continue;
                        entities.Add((new TextSpan(s, en), l));
                    }
                }
                result.Add(new NerSentence(id, doc, text, SpaceTokens(text), entities));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                rejected++;
            }
        }
        return result;
    }

    /// <summary>The gold files' own tokenisation: tokens are separated by single spaces.</summary>
    public static TextSpan[] SpaceTokens(string text)
    {
        var result = new List<TextSpan>();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ') { i++; continue; }
            int j = i;
            while (j < text.Length && text[j] != ' ') j++;
            result.Add(new TextSpan(i, j));
            i = j;
        }
        return result.ToArray();
    }
}
