using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities;

/// <summary>
/// BILOU tags: index = label * 4 + position (B 0, I 1, L 2, U 3) for the four labels, then O = 16.
/// BILOU rather than BIO because the last token of a name ("Minister", "Ltd") is evidence of its own.
/// </summary>
internal static class NerTags
{
    public const int Count = 17;
    public const int O = 16;
    public const int B = 0, I = 1, L = 2, U = 3;

    public static int Tag(EntityLabel label, int position) => (int)label * 4 + position;
    public static EntityLabel Label(int tag) => (EntityLabel)(tag >> 2);
    public static int Position(int tag) => tag & 3;

    /// <summary>allowed[prev * Count + cur]: BILOU well-formedness (an open B/I must continue as I/L of its label).</summary>
    public static readonly bool[] Allowed = BuildAllowed();

    /// <summary>Follow[prev]: the tags <see cref="Allowed"/> after prev, in ascending order; FollowLast[prev]: those also allowed last.</summary>
    public static readonly byte[][] Follow = BuildFollow(false), FollowLast = BuildFollow(true);

    private static byte[][] BuildFollow(bool last)
    {
        var allowed = BuildAllowed();
        var result = new byte[Count][];
        for (int p = 0; p < Count; p++)
            result[p] = Enumerable.Range(0, Count).Where(c => allowed[p * Count + c] && (!last || AllowedLast(c))).Select(c => (byte)c).ToArray();
        return result;
    }

    /// <summary>Tags allowed on a sentence's last token: no open span may remain.</summary>
    public static bool AllowedLast(int tag) => tag == O || Position(tag) is L or U;

    private static bool[] BuildAllowed()
    {
        var a = new bool[Count * Count];
        for (int p = 0; p < Count; p++)
        for (int c = 0; c < Count; c++)
        {
            bool open = p != O && Position(p) is B or I;
            a[p * Count + c] = open
                ? c != O && Label(c) == Label(p) && Position(c) is I or L
                : c == O || Position(c) is B or U;
        }
        return a;
    }

    /// <summary>Gold spans (token index ranges, end exclusive) to tags.</summary>
    public static void Encode(IReadOnlyList<(int Start, int End, EntityLabel Label)> spans, Span<byte> tags)
    {
        tags.Fill(O);
        foreach (var (s, e, label) in spans)
        {
            if (e - s == 1) { tags[s] = (byte)Tag(label, U); continue; }
            tags[s] = (byte)Tag(label, B);
            for (int k = s + 1; k < e - 1; k++) tags[k] = (byte)Tag(label, I);
            tags[e - 1] = (byte)Tag(label, L);
        }
    }

    /// <summary>Tags to spans (token index ranges). Tolerates ill-formed sequences by closing spans early.</summary>
    public static List<(int Start, int End, EntityLabel Label)> Decode(ReadOnlySpan<byte> tags)
    {
        var result = new List<(int, int, EntityLabel)>();
        int start = -1;
        for (int i = 0; i < tags.Length; i++)
        {
            int t = tags[i];
            if (t == O) { start = -1; continue; }
            int pos = Position(t);
            if (pos == U) { result.Add((i, i + 1, Label(t))); start = -1; }
            else if (pos == B) start = i;
            else if (start >= 0 && Label(tags[start]) == Label(t))
            {
                if (pos == L) { result.Add((start, i + 1, Label(t))); start = -1; }
            }
            else start = pos == I ? i : -1;
        }
        return result;
    }
}
