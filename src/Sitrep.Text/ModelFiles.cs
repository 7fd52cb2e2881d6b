using System.IO.Compression;
using System.Text;

namespace Sitrep.Text;

/// <summary>
/// The one file format under every model Sitrep trains (sentence boundaries, NER, POS, parser): a
/// gzip-compressed binary stream. Each model writes its own magic number and layout inside it.
/// </summary>
public static class ModelFiles
{
    /// <summary>A writer that owns the file; disposing it flushes and closes everything. Creates the folder.</summary>
    public static BinaryWriter CreateWriter(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var gz = new GZipStream(File.Create(path), CompressionLevel.SmallestSize);
        return new BinaryWriter(gz, Encoding.UTF8);
    }

    /// <summary>A buffered reader that owns the file.</summary>
    public static BinaryReader OpenReader(string path)
    {
        var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        return new BinaryReader(new BufferedStream(gz, 1 << 16), Encoding.UTF8);
    }
}
