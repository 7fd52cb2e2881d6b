using System.Diagnostics;

namespace Sitrep.Bench;

/// <summary>
/// `syntaxcpu [N]`: <see cref="SyntaxEventBenchmarks.Tag_parse_and_code"/> timed in process CPU time, best and median of N
/// runs after 5 warm-up runs. On a shared machine CPU time is steadier than BenchmarkDotNet's wall clock; run an older
/// build the same way, alternately, to compare.
/// </summary>
public static class SyntaxCpu
{
    public static int Run(string[] args)
    {
        int runs = args.Length > 0 && int.TryParse(args[0], out var r) ? r : 20;
        var bench = new SyntaxEventBenchmarks();
        bench.Setup();
        for (int i = 0; i < 5; i++) bench.Tag_parse_and_code();
        var process = Process.GetCurrentProcess();
        var ms = new List<double>();
        for (int i = 0; i < runs; i++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            bench.Tag_parse_and_code();
            process.Refresh();
            ms.Add((process.TotalProcessorTime - before).TotalMilliseconds);
        }
        ms.Sort();
        double best = ms[0], median = ms[ms.Count / 2];
        Console.WriteLine($"tag+parse+code, CPU time over {runs} runs: best {best:F1} ms ({bench.Sentences / best * 1000:N0} sentences/s), median {median:F1} ms ({bench.Sentences / median * 1000:N0} sentences/s)");
        return 0;
    }
}
