using System.CommandLine;
using Sitrep.Cli;
using Sitrep.Cli.Commands;

var root = new RootCommand("Sitrep: sourced, queryable events from news about armed conflict and diplomacy.");
root.Options.Add(GlobalOptions.Verbose);
root.Options.Add(GlobalOptions.Data);
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(AnnotateCommand.Create());
root.Subcommands.Add(DoctorCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(TrainCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(WorkerCommand.Create());
root.Subcommands.Add(QueryCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
return CliRunner.Run(root, args);
