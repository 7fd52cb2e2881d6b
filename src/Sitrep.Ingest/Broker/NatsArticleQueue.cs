using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using Sitrep.Core.Model;

namespace Sitrep.Ingest.Broker;

/// <summary>
/// The article queue on NATS JetStream: stream <see cref="StreamName"/> (subject <see cref="Subject"/>, work-queue
/// retention: a message is gone once a worker acknowledges it) and one durable pull consumer <see cref="ConsumerName"/>
/// that every worker shares, so each article goes to one worker at a time. Both are created when absent and left as
/// they are when present, so an operator's tuning (nats consumer edit) survives. The message id (Nats-Msg-Id) is the
/// article id, so re-publishing within <see cref="DuplicateWindow"/> is dropped by the server.
/// </summary>
public sealed class NatsArticleQueue : IArticleQueue
{
    public const string StreamName = "SITREP_ARTICLES";
    public const string Subject = "sitrep.articles";
    public const string ConsumerName = "sitrep-workers";

    /// <summary>How long the server remembers published ids. Redelivery after it is still harmless: the store skips stored ids.</summary>
    public static readonly TimeSpan DuplicateWindow = TimeSpan.FromHours(24);

    /// <summary>Deliveries before the server gives a message up: a backstop for an article that kills its worker each time.</summary>
    public const int MaxDeliver = 5;

    /// <summary>Default acknowledgement wait of a new consumer; workers report progress on longer batches (<see cref="IDelivery.InProgressAsync"/>).</summary>
    public static readonly TimeSpan DefaultAckWait = TimeSpan.FromSeconds(60);

    /// <summary>How long a fetch waits for a first message: also how soon a worker notices Ctrl-C while idle.</summary>
    private static readonly TimeSpan FetchWait = TimeSpan.FromSeconds(2);

    private readonly NatsConnection _nats;
    private readonly NatsJSContext _js;
    private INatsJSConsumer? _consumer;

    private NatsArticleQueue(NatsConnection nats, string location)
    {
        _nats = nats;
        _js = new NatsJSContext(nats);
        Location = location;
    }

    public string Location { get; }

    public TimeSpan AckWait { get; private set; } = DefaultAckWait;

    /// <summary>Connects and makes sure the stream exists. <paramref name="ackWait"/> applies only to a consumer this call creates.</summary>
    public static async Task<NatsArticleQueue> ConnectAsync(string url, TimeSpan? ackWait = null, CancellationToken ct = default)
    {
        var location = CheckUrl(url);
        var nats = new NatsConnection(NatsOpts.Default with
        {
            Url = url,
            Name = "sitrep",
            ConnectTimeout = TimeSpan.FromSeconds(5),
            // A server that went away and stays away ends the run with an error instead of a worker that hangs;
            // a restart within the retries (about ReconnectGrace) goes unnoticed.
            MaxReconnectRetry = 5,
            ReconnectWaitMin = TimeSpan.FromMilliseconds(500),
            ReconnectWaitMax = TimeSpan.FromSeconds(2),
            RequestTimeout = TimeSpan.FromSeconds(10),
        });
        var queue = new NatsArticleQueue(nats, location);
        try
        {
            await nats.ConnectAsync();
            await queue.EnsureStreamAsync(ct);
            if (ackWait is { } w) queue.AckWait = w;
            return queue;
        }
        catch (Exception e) when (e is NatsException or TimeoutException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            await queue.DisposeAsync();
            throw e is NatsException { Message: var m } && m.Contains("JetStream", StringComparison.OrdinalIgnoreCase) || e is NatsNoRespondersException
                ? new BrokerException("E_BROKER_NO_JETSTREAM", $"the NATS server at {location} has no JetStream; start it with 'nats-server -js -sd DIR'.", e)
                : new BrokerException("E_BROKER_UNREACHABLE", $"no NATS server answers at {location} ({e.Message}); start one with 'nats-server -js -sd DIR' or check --broker.", e);
        }
    }

    /// <summary>nats://host:port (the NATS default port 4222 when none); anything else is a usage error.</summary>
    public static string CheckUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var u) || u.Scheme is not ("nats" or "tls") || u.Host.Length == 0)
            throw new BrokerException("E_BROKER_URL", $"--broker '{url}' is not a NATS URL; use nats://HOST:PORT, e.g. nats://127.0.0.1:4222.");
        return $"{u.Scheme}://{u.Host}:{(u.Port > 0 ? u.Port : 4222)}";
    }

    private async Task EnsureStreamAsync(CancellationToken ct)
    {
        try { await _js.GetStreamAsync(StreamName, cancellationToken: ct); }
        catch (NatsJSApiException e) when (e.Error.Code == 404)
        {
            await _js.CreateStreamAsync(new StreamConfig(StreamName, [Subject])
            {
                Retention = StreamConfigRetention.Workqueue,
                Storage = StreamConfigStorage.File,
                DuplicateWindow = DuplicateWindow,
            }, ct);
        }
    }

    private async Task<INatsJSConsumer> ConsumerAsync(CancellationToken ct)
    {
        if (_consumer is not null) return _consumer;
        try { _consumer = await _js.GetConsumerAsync(StreamName, ConsumerName, ct); }
        catch (NatsJSApiException e) when (e.Error.Code == 404)
        {
            _consumer = await _js.CreateOrUpdateConsumerAsync(StreamName, new ConsumerConfig(ConsumerName)
            {
                AckPolicy = ConsumerConfigAckPolicy.Explicit,
                AckWait = AckWait,
                MaxDeliver = MaxDeliver,
            }, ct);
        }
        AckWait = _consumer.Info.Config.AckWait;
        return _consumer;
    }

    public async Task<PublishResult> PublishAsync(RawArticle article, string id, CancellationToken ct = default)
    {
        var data = ArticleMessage.Encode(article);
        // The server refuses a message over its max_payload (1 MB by default); say so per article, before sending.
        var limit = _nats.ServerInfo?.MaxPayload ?? 1024 * 1024;
        if (data.Length > limit - 1024) return new PublishResult(PublishOutcome.TooLarge, data.Length, limit);
        var ack = await Guard(() => _js.PublishAsync(Subject, data, opts: new NatsJSPubOpts { MsgId = id }, cancellationToken: ct).AsTask());
        if (ack.Error is { } err) throw new BrokerException("E_BROKER_PUBLISH", $"{Location} refused {article.Name}: {err.Description} ({err.Code}).");
        return new PublishResult(ack.Duplicate ? PublishOutcome.AlreadyQueued : PublishOutcome.Queued, data.Length);
    }

    public async Task<IReadOnlyList<IDelivery>> FetchAsync(int max, CancellationToken ct = default)
    {
        var consumer = await Guard(() => ConsumerAsync(ct));
        var list = new List<IDelivery>(max);
        await Guard(async () =>
        {
            await foreach (var m in consumer.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = max, Expires = FetchWait }, cancellationToken: ct))
                list.Add(new Delivery(m, this));
            return 0;
        });
        if (list.Count == 0 && !await ReconnectedAsync(ct)) throw Lost(null);
        return list;
    }

    /// <summary>Whether the connection is open, or opens again within <see cref="ReconnectGrace"/> (a server restart).</summary>
    private async Task<bool> ReconnectedAsync(CancellationToken ct)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (_nats.ConnectionState != NatsConnectionState.Open)
        {
            if (waited.Elapsed > ReconnectGrace) return false;
            await Task.Delay(200, ct);
        }
        return true;
    }

    private static readonly TimeSpan ReconnectGrace = TimeSpan.FromSeconds(10);

    public async Task<bool> IsDrainedAsync(CancellationToken ct = default)
    {
        var consumer = await Guard(() => ConsumerAsync(ct));
        await Guard(async () => { await consumer.RefreshAsync(ct); return 0; });
        return consumer.Info.NumPending == 0 && consumer.Info.NumAckPending == 0;
    }

    private sealed class Delivery(INatsJSMsg<byte[]> msg, NatsArticleQueue queue) : IDelivery
    {
        private readonly (RawArticle? Article, InputError? Error) _decoded =
            ArticleMessage.Decode(msg.Data ?? [], $"message {msg.Metadata?.Sequence.Stream}");

        public RawArticle? Article => _decoded.Article;
        public InputError? Error => _decoded.Error;

        // Double acks wait for the server's confirmation, so "acknowledged" means the server has it.
        public Task AckAsync(CancellationToken ct = default) => queue.Guard(async () => { await msg.AckAsync(new AckOpts { DoubleAck = true }, ct); return 0; });
        public Task TerminateAsync(CancellationToken ct = default) => queue.Guard(async () => { await msg.AckTerminateAsync(new AckOpts { DoubleAck = true }, ct); return 0; });
        public Task InProgressAsync(CancellationToken ct = default) => queue.Guard(async () => { await msg.AckProgressAsync(cancellationToken: ct); return 0; });
    }

    /// <summary>Client failures (connection lost, no reply) as one BrokerException.</summary>
    private async Task<T> Guard<T>(Func<Task<T>> work)
    {
        try { return await work(); }
        catch (Exception e) when (e is NatsException or TimeoutException or ObjectDisposedException) { throw Lost(e); }
    }

    private BrokerException Lost(Exception? e) =>
        new("E_BROKER_LOST", $"lost the NATS server at {Location}{(e is null ? "" : $" ({e.Message})")}; what was not acknowledged stays queued. Run the worker again once the server is back.", e);

    public ValueTask DisposeAsync() => _nats.DisposeAsync();
}
