using System.CommandLine;
using Sitrep.Knowledge;

namespace Sitrep.Cli;

internal static class GlobalOptions
{
    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Show details (stack traces, per-input timings) behind one-line errors.",
        Recursive = true,
    };

    public static readonly Option<string?> Data = new("--data")
    {
        Description = "Data directory with third-party knowledge (default: SITREP_DATA, then ../shared/data).",
        Recursive = true,
    };

    public static DataDirectory DataDirectory(ParseResult p) => new(p.GetValue(Data));
}

internal static class CliRunner
{
    /// <summary>Runs the command; unexpected exceptions become one line on stderr (details with --verbose).</summary>
    public static int Run(RootCommand root, string[] args)
    {
        var parse = root.Parse(args);
        try
        {
            return parse.Invoke();
        }
        catch (Exception e)
        {
            Error(e.Message);
            if (parse.GetValue(GlobalOptions.Verbose)) Console.Error.WriteLine(e);
            else Console.Error.WriteLine("sitrep: run again with --verbose for details.");
            return 1;
        }
    }

    public static void Error(string message) => Console.Error.WriteLine($"sitrep: error: {message}");
}
