using System.Diagnostics.Tracing;

namespace Sitrep.Bench;

/// <summary>
/// The runtime's allocation samples (GCAllocationTick: about one each 100 KB allocated, naming the type that crossed
/// the mark) summed by type while <see cref="On"/>: a profile of what is allocated, without a tracing tool.
/// </summary>
internal sealed class AllocationSamples : EventListener
{
    public readonly Dictionary<string, long> Bytes = new();
    public volatile bool On;

    protected override void OnEventSourceCreated(EventSource source)
    {
        // (keyword 0x1: GC events; the allocation tick is written at the verbose level)
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!On || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null || e.Payload is null) return;
        int type = e.PayloadNames.IndexOf("TypeName"), amount = e.PayloadNames.IndexOf("AllocationAmount64");
        if (type < 0 || e.Payload[type] is not string name) return;
        long bytes = amount >= 0 ? Convert.ToInt64(e.Payload[amount], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        lock (Bytes) Bytes[name] = Bytes.GetValueOrDefault(name) + bytes;
    }
}
