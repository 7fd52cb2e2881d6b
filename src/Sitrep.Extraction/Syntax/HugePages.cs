using System.Runtime.InteropServices;

namespace Sitrep.Extraction.Syntax;

/// <summary>
/// Big lookup tables backed by 2 MB pages where Linux allows it (transparent huge pages in "madvise" mode).
/// The parser's weight table is tens of MB read at random: with 4 KB pages nearly every lookup also misses
/// the TLB, and the page walk costs as much as the cache miss itself. Elsewhere, or if the call fails, a
/// plain array is returned; the contents are the same either way.
/// </summary>
internal static class HugePages
{
    private const int MadvHugepage = 14;
    private const long Page = 2 << 20;

    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Madvise(nint address, nuint length, int advice);

    public static T[] Allocate<T>(int length) where T : unmanaged
    {
        long bytes = (long)length * Marshal.SizeOf<T>();
        if (bytes < 2 * Page || !OperatingSystem.IsLinux()) return new T[length];
        // Pinned (so the address stays put) and not yet written (so the pages are not yet mapped: the advice
        // applies when they are first touched, by the clear below).
        var array = GC.AllocateUninitializedArray<T>(length, pinned: true);
        try
        {
            long start = Marshal.UnsafeAddrOfPinnedArrayElement(array, 0);
            long first = (start + Page - 1) & ~(Page - 1), last = (start + bytes) & ~(Page - 1);
            if (last > first) Madvise((nint)first, (nuint)(last - first), MadvHugepage);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { }
        Array.Clear(array);
        return array;
    }
}
