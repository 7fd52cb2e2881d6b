using System.CommandLine;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep train MODEL`: our own trainers, each writing a small model into models/.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var cmd = new Command("train", "Train one of Sitrep's own models from the data directory into models/.");
        // One line per trainer: cmd.Subcommands.Add(TrainNerCommand.Create()); etc.
        cmd.Subcommands.Add(TrainSentencesCommand.Create());
        cmd.Subcommands.Add(TrainNerCommand.Create());
        cmd.Subcommands.Add(TrainSyntaxCommands.Pos());
        cmd.Subcommands.Add(TrainSyntaxCommands.Parser());
        return cmd;
    }
}
