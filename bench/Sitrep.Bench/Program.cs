using BenchmarkDotNet.Running;
using Sitrep.Bench;

// `dotnet run -c Release --project bench/Sitrep.Bench -- e2e [DIR] [--articles N] [--places | --without LAYERS | --stages]`  end-to-end articles/s (--stages: each stage's time, one thread; --places, --without times,figures: only the full pipeline with vs without those stages)
// `dotnet run -c Release --project bench/Sitrep.Bench -- segcompare OLD/Sitrep.Text.dll`  segmentation vs an older build
// `dotnet run -c Release --project bench/Sitrep.Bench -- tfprof [ROUNDS]`  times and figures vs the foundation, quick (busy machines)
// `dotnet run -c Release --project bench/Sitrep.Bench -- syntaxcpu [N]`  tag+parse+code in CPU time, best of N (steadier under load)
// `dotnet run -c Release --project bench/Sitrep.Bench -- codecpu [ROUNDS] [loop|types SECONDS]`  event coding given the parse in CPU time and bytes allocated, as `sitrep eval events` (loop: only code, for a profiler; types: allocations by type)
// `dotnet run -c Release --project bench/Sitrep.Bench -- longdoc [MAXCHARS]`  the full pipeline on one ever longer article (time must grow linearly)
// `dotnet run -c Release --project bench/Sitrep.Bench -- [BenchmarkDotNet args]`  stage benchmarks
if (args.Length > 0 && args[0] == "store")
    return StoreRunner.Run(args[1..]);
if (args.Length > 0 && args[0] == "segcompare")
    return SegmentationCompare.Run(args[1..]);
if (args.Length > 0 && args[0] == "tfparts")
    return TimeFigureParts.Run(args[1..]);
if (args.Length > 0 && args[0] == "tfprof")
    return TimeFigureProfile.Run(args[1..]);
if (args.Length > 0 && args[0] == "e2e")
    return EndToEnd.Run(args[1..]);
if (args.Length > 0 && args[0] == "syntaxcpu")
    return SyntaxCpu.Run(args[1..]);
if (args.Length > 0 && args[0] == "codecpu")
    return CodeCpu.Run(args[1..]);
if (args.Length > 0 && args[0] == "longdoc")
    return LongDocument.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(EndToEnd).Assembly).Run(args);
return 0;
