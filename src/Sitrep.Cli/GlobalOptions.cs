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

    public static DataDirectory DataDirectory(ParseResult p)
    {
        var data = new DataDirectory(p.GetValue(Data));
        // A mistyped --data would otherwise pass unnoticed: every file is then looked for in the defaults.
        if (data.ExplicitDir is { } dir && !Directory.Exists(dir))
            Console.Error.WriteLine($"sitrep: warning: data directory '{dir}' (--data or SITREP_DATA) does not exist; looking in the defaults only.");
        return data;
    }
}

internal static class CliRunner
{
    /// <summary>Runs the command; unexpected exceptions become one line on stderr (details with --verbose).</summary>
    public static int Run(RootCommand root, string[] args)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // A usage error: one line each and exit code 2 (System.CommandLine's default is the whole help text and 1).
            foreach (var e in parse.Errors) Error(System.Text.RegularExpressions.Regex.Replace(e.Message, @"\s+", " ").Trim());
            var path = string.Join(' ', parse.CommandResult.Command == root ? [] : new[] { parse.CommandResult.Command.Name });
            Console.Error.WriteLine($"sitrep: see 'sitrep {(path.Length > 0 ? path + " " : "")}--help'.");
            return 2;
        }
        try
        {
            // System.CommandLine's own handler would print "Unhandled exception" and the stack trace; ours prints one line.
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            Error(e.Message);
            if (parse.GetValue(GlobalOptions.Verbose)) Console.Error.WriteLine(e);
            else Console.Error.WriteLine("sitrep: run again with --verbose for details.");
            return 1;
        }
    }

    /// <summary>Reads a --published value (YYYY-MM-DD); null stays null. False after printing the usage error.</summary>
    public static bool TryParsePublished(string? text, out DateOnly? published)
    {
        published = null;
        if (text is null) return true;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", out var d))
        {
            Error($"--published '{text}' is not a date; use YYYY-MM-DD, e.g. 2016-09-29.");
            return false;
        }
        published = d;
        return true;
    }

    /// <summary>
    /// A Spectre console on stdout. Piped output has no terminal width, and Spectre's 80-column
    /// default squeezes tables into unreadable slivers, so a fixed wide width is used there.
    /// </summary>
    public static Spectre.Console.IAnsiConsole StdoutConsole()
    {
        var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings { Out = new Spectre.Console.AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected) console.Profile.Width = 170;
        return console;
    }

    public static void Error(string message) => Console.Error.WriteLine($"sitrep: error: {message}");
}
