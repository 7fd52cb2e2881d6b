namespace Sitrep.Knowledge;

/// <summary>Where one knowledge file was looked for and found (or not), for `sitrep doctor`.</summary>
public sealed record KnowledgeSource(string Name, string? Path, string Origin, string? Detail = null)
{
    public bool Found => Path is not null;
}

/// <summary>
/// Finds knowledge files. Order: <c>--data DIR</c> / <c>SITREP_DATA</c>, then the project's own
/// <c>lexicons/</c> and <c>models/</c>, then registry-installed data (<c>node_modules/</c> of the
/// set-up command), then <c>../shared/data</c> beside the checkout. Immutable once built.
/// </summary>
public sealed class DataDirectory
{
    public DataDirectory(string? explicitDir = null, string? projectRoot = null)
    {
        ExplicitDir = explicitDir ?? Environment.GetEnvironmentVariable("SITREP_DATA");
        ProjectRoot = projectRoot ?? FindProjectRoot();
        var shared = ProjectRoot is null ? null : Path.GetFullPath(Path.Combine(ProjectRoot, "..", "shared", "data"));
        SharedData = shared is not null && Directory.Exists(shared) ? shared : null;
        if (SharedData is null && ExplicitDir is not null && Directory.Exists(Path.Combine(ExplicitDir, "cameo")))
            SharedData = ExplicitDir;
    }

    public string? ExplicitDir { get; }
    /// <summary>The checkout's root (where lexicons/ and models/ live), if found.</summary>
    public string? ProjectRoot { get; }
    /// <summary>The third-party data directory (../shared/data, or --data when it has that layout).</summary>
    public string? SharedData { get; }

    /// <summary>The folder for compiled caches (gazetteer index and the like).</summary>
    public string CacheDir
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("SITREP_CACHE");
            if (!string.IsNullOrEmpty(env)) return env;
            if (ProjectRoot is not null) return Path.Combine(ProjectRoot, ".cache");
            return Path.Combine(Path.GetTempPath(), "sitrep-cache");
        }
    }

    /// <summary>Finds a project file (lexicons/x.tsv, models/y.bin); an explicit data dir overrides.</summary>
    public string? FindProjectFile(string relative)
    {
        foreach (var root in new[] { ExplicitDir, ProjectRoot })
        {
            if (root is null) continue;
            var p = Path.Combine(root, relative);
            if (File.Exists(p)) return p;
        }
        return null;
    }

    /// <summary>Finds a third-party data file by its path under ../shared/data (e.g. "geo/geonames_admin1.tsv").</summary>
    public string? FindData(string relative)
    {
        foreach (var root in new[] { ExplicitDir, SharedData })
        {
            if (root is null) continue;
            var p = Path.Combine(root, relative);
            if (File.Exists(p)) return p;
        }
        return null;
    }

    /// <summary>Finds a file installed from a registry package (node_modules/PACKAGE/relative).</summary>
    public string? FindPackageFile(string package, string relative)
    {
        if (ProjectRoot is null) return null;
        var p = Path.Combine(ProjectRoot, "node_modules", package, relative);
        return File.Exists(p) ? p : null;
    }

    /// <summary>The directory holding the checkout: walk up from the binary and the working directory to a folder with lexicons/ and Sitrep.slnx.</summary>
    public static string? FindProjectRoot()
    {
        var env = Environment.GetEnvironmentVariable("SITREP_HOME");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return Path.GetFullPath(env);
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            var dir = new DirectoryInfo(start);
            while (dir is not null)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")) && Directory.Exists(Path.Combine(dir.FullName, "lexicons")))
                    return dir.FullName;
                dir = dir.Parent;
            }
        }
        return null;
    }
}
