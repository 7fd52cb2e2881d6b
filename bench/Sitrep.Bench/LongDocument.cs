using System.Diagnostics;
using System.Text;
using Sitrep.Core.Model;
using Sitrep.Extraction;
using Sitrep.Knowledge;

namespace Sitrep.Bench;

/// <summary>
/// `longdoc [MAXCHARS]`: the full pipeline, one thread, on one invented article of growing length (a quarter of a
/// megabyte of characters, doubled up to MAXCHARS, default 2,000,000), with each stage's time. Time should grow with the
/// length, not its square: the ratio to the size before should stay near 2.
/// </summary>
public static class LongDocument
{
    // {0} a count, {1} a town, {2} a weekday: no two paragraphs alike (a repeated paragraph is boilerplate, and is skipped)
    private static readonly string[] Sentences =
    [
        "Government troops shelled the northern town of {1} on {2}, killing at least {0} civilians, a local doctor said.",
        "Rebel fighters attacked an army checkpoint outside {1} before dawn, officials said.",
        "\"We buried {0} of our neighbours in the school yard,\" said Amal Rashid, a teacher who fled {1} with her family.",
        "The United Nations called on both sides to allow aid convoys into the besieged district of {1}.",
        "More than {0},000 families have been displaced from {1} since the fighting began in March, the agency said.",
        "Kenya's foreign minister met his Ugandan counterpart in Nairobi on {2} to discuss the border dispute.",
        "Police arrested {0} protesters in {1}, according to a rights group.",
        "The ministry accused the militia of blocking the main road to {1} and seizing {0} fuel trucks.",
    ];

    private static readonly string[] Towns = ["Marat", "Kadugli", "Beledweyne", "Djibo", "Malakal", "Kharkiv", "Goma", "Kayes", "Ariha", "Hodeidah", "Tabayin"];
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static int Run(string[] args)
    {
        int max = args.Length > 0 && int.TryParse(args[0], out var m) ? m : 2_000_000;
        var pipeline = PipelineFactory.Create(new DataDirectory());
        pipeline.Run(new ArticleDocument(Text(20_000)) { Published = new DateOnly(2024, 5, 7) }); // warm-up
        double? before = null;
        Console.WriteLine("chars        ms   ratio to the size before   slowest stages (ms)");
        for (int size = 250_000; size <= max; size *= 2)
        {
            var doc = new ArticleDocument(Text(size)) { Published = new DateOnly(2024, 5, 7) };
            var times = new List<(string Stage, double Ms)>();
            var clock = Stopwatch.StartNew();
            foreach (var stage in pipeline.Stages)
            {
                var t = Stopwatch.StartNew();
                stage.Run(doc);
                times.Add((stage.Name, t.Elapsed.TotalMilliseconds));
            }
            double ms = clock.Elapsed.TotalMilliseconds;
            var top = string.Join(", ", times.OrderByDescending(x => x.Ms).Take(3).Select(x => $"{x.Stage} {x.Ms:F0}"));
            Console.WriteLine($"{size,9:N0} {ms,9:F0}   {(before is { } b ? (ms / b).ToString("F2") : "-"),6}                    {top}");
            before = ms;
        }
        return 0;
    }

    private static string Text(int chars)
    {
        var sb = new StringBuilder("Fighting around Marat enters its third week\n\n", chars + 200);
        for (int i = 0; sb.Length < chars; i++)
        {
            sb.AppendFormat(System.Globalization.CultureInfo.InvariantCulture, Sentences[i % Sentences.Length], 2 + i % 997, Towns[i / 3 % Towns.Length], Days[i / 5 % Days.Length]);
            sb.Append(i % 5 == 4 ? "\n\n" : " ");
        }
        return sb.ToString();
    }
}
