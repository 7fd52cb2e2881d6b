using System.CommandLine;
using Sitrep.Eval;

namespace Sitrep.Cli.Commands;

internal static class EvalCommand
{
    public static Command Create()
    {
        var task = new Argument<string>("task") { Description = $"What to score: {string.Join(", ", EvalTasks.All.Select(t => t.Name))}, or all." };
        var limit = new Option<int?>("--limit") { Description = "Score only the first N gold records." };
        var file = new Option<string?>("--file") { Description = "Score this gold file instead of the default one." };
        var givenParse = new Option<bool>("--given-parse") { Description = "events: code the CoNLL-U parses shipped with the gold instead of our own, to score the coder apart from the parser." };
        var cmd = new Command("eval", "Score a stage against gold data in the data directory (../shared/data).") { task, limit, file, givenParse };
        cmd.SetAction(p =>
        {
            var name = p.GetValue(task)!;
            var data = GlobalOptions.DataDirectory(p);
            var tasks = name == "all" ? EvalTasks.All : EvalTasks.All.Where(t => t.Name == name).ToList();
            if (tasks.Count == 0)
            {
                CliRunner.Error($"eval: unknown task '{name}'; valid tasks are {string.Join(", ", EvalTasks.All.Select(t => t.Name))}, all.");
                return 2;
            }
            var gold = p.GetValue(file);
            if (gold is not null && !File.Exists(gold))
            {
                CliRunner.Error($"eval: --file '{gold}' not found (give a gold file's path, e.g. ../shared/data/events-dev/ud-petr-unittest.jsonl).");
                return 2;
            }
            var options = new EvalOptions(p.GetValue(limit), p.GetValue(GlobalOptions.Verbose), gold, p.GetValue(givenParse));
            foreach (var t in tasks)
            {
                var missing = options.File is null ? t.Requires.Where(r => data.FindData(r) is null).ToList() : [];
                if (missing.Count > 0)
                {
                    Console.Out.WriteLine($"eval {t.Name}: skipped: gold data not found ({string.Join(", ", missing)}); give --data DIR or put ../shared/data beside the checkout.");
                    continue;
                }
                try
                {
                    t.Run(data, Console.Out, options);
                }
                catch (Exception e) when (gold is not null && e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
                {
                    // A gold file of the user's that is not in the task's shape: name it; the stack trace stays behind --verbose.
                    throw new InvalidDataException($"eval {t.Name}: '{gold}' is not a gold file of this task ({e.Message})", e);
                }
            }
            return 0;
        });
        return cmd;
    }
}
