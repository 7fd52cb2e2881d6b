using System.CommandLine;
using Sitrep.Knowledge;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

internal static class DoctorCommand
{
    public static Command Create()
    {
        var cmd = new Command("doctor", "Say which knowledge and data Sitrep found, and where.");
        cmd.SetAction(p =>
        {
            var data = GlobalOptions.DataDirectory(p);
            var console = CliRunner.StdoutConsole();
            console.MarkupLine($"project root:   {Markup.Escape(data.ProjectRoot ?? "(not found)")}");
            console.MarkupLine($"data directory: {Markup.Escape(data.ExplicitDir ?? "(none given; --data or SITREP_DATA)")}");
            console.MarkupLine($"shared data:    {Markup.Escape(data.SharedData ?? "(not found: ../shared/data)")}");
            console.MarkupLine($"cache:          {Markup.Escape(data.CacheDir)}");
            Sitrep.Extraction.KnowledgeProbes.EnsureRegistered();
            var table = new Table().Border(TableBorder.Rounded).AddColumns("Knowledge", "Status", "Origin", "Path", "Detail");
            foreach (var k in KnowledgeRegistry.Describe(data))
                table.AddRow(Markup.Escape(k.Name), k.Found ? "[green]found[/]" : "[yellow]missing[/]", Markup.Escape(k.Origin),
                    Markup.Escape(k.Path ?? "-"), Markup.Escape(k.Detail ?? ""));
            console.Write(table);
            return 0;
        });
        return cmd;
    }
}
