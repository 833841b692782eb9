using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using Specs.Inventory.Replication;

namespace Specs.Inventory.Host;

/// <summary>
/// The real network between replicas: TCP, one outgoing connection per peer, frames of a 4-byte
/// big-endian length and a <see cref="ReplicationWireCodec"/> payload.
/// </summary>
/// <remarks>
/// <para>It keeps the simulator's contract for a network, no more: sends are fire and forget, and a
/// message may be lost (a peer down, a connection reset, a full queue). The protocol already survives
/// that; the leader's heartbeat resends whatever a follower misses. So the transport never retries a
/// message, it only reconnects, with a backoff that doubles from 50 ms to 1 s, and while a peer is
/// unreachable its queue keeps only the newest messages.</para>
/// <para>Senders are named inside every message (candidate, voter, leader, follower), so a connection
/// needs no handshake: anything that can reach the port may speak, which is why the port belongs on
/// loopback or a private network.</para>
/// </remarks>
public sealed class TcpPeerNetwork : IAsyncDisposable
{
    /// <summary>No frame is larger: a full append of 64 entries stays far below it.</summary>
    public const int MaxFrameBytes = 64 << 20;

    private const int QueueCapacity = 4096;
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan LastBackoff = TimeSpan.FromSeconds(1);

    private readonly IPEndPoint _listen;
    private readonly CommandCodec _commands;
    private readonly Action<ReplicationMessage> _deliver;
    private readonly Action<string> _log;
    private readonly Dictionary<int, Channel<byte[]>> _outboxes = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _loops = [];
    private readonly List<TcpClient> _accepted = [];
    private TcpListener? _listener;

    /// <summary>A network for node <paramref name="self"/>; nothing listens or connects until <see cref="Start"/>.</summary>
    /// <param name="self">This node.</param>
    /// <param name="peers">Every member's address (this node's is where it listens).</param>
    /// <param name="commands">Decodes the commands inside appended entries.</param>
    /// <param name="deliver">Called, on a network thread, with each message that arrives.</param>
    /// <param name="log">Notes about connections (one line each).</param>
    public TcpPeerNetwork(int self, IReadOnlyDictionary<int, IPEndPoint> peers, CommandCodec commands, Action<ReplicationMessage> deliver, Action<string> log)
    {
        _listen = peers[self];
        _commands = commands;
        _deliver = deliver;
        _log = log;
        foreach (var (id, address) in peers)
        {
            if (id == self)
            {
                continue;
            }

            var outbox = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(QueueCapacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
            _outboxes[id] = outbox;
            _loops.Add(Task.Run(() => SendLoopAsync(id, address, outbox.Reader)));
        }
    }

    /// <summary>Messages that arrived and decoded.</summary>
    public long Received => Interlocked.Read(ref _received);

    private long _received;

    /// <summary>Starts listening for peers.</summary>
    /// <exception cref="SocketException">the address is taken or not local.</exception>
    public void Start()
    {
        _listener = new TcpListener(_listen);
        _listener.Start();
        _loops.Add(Task.Run(AcceptLoopAsync));
    }

    /// <summary>Queues a message for a peer; never blocks, and a message to an unknown node is dropped.</summary>
    public void Send(int to, ReplicationMessage message)
    {
        if (_outboxes.TryGetValue(to, out var outbox))
        {
            outbox.Writer.TryWrite(ReplicationWireCodec.Encode(message));
        }
    }

    /// <summary>Closes every connection and the listener.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        _listener?.Stop();
        foreach (var outbox in _outboxes.Values)
        {
            outbox.Writer.TryComplete();
        }

        lock (_accepted)
        {
            foreach (var client in _accepted)
            {
                client.Dispose();
            }
        }

        try
        {
            await Task.WhenAll(_loops).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // stopping
        }

        _stopping.Dispose();
    }

    /// <summary>Writes one frame: the payload's length, then the payload.</summary>
    public static async Task WriteFrameAsync(Stream stream, byte[] payload, CancellationToken cancellationToken)
    {
        var frame = new byte[4 + payload.Length];
        BinaryPrimitives.WriteInt32BigEndian(frame, payload.Length);
        payload.CopyTo(frame, 4);
        await stream.WriteAsync(frame, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads one frame's payload; null at a clean end of stream.</summary>
    /// <exception cref="InvalidDataException">the length is out of range or the stream ends inside a frame.</exception>
    public static async Task<byte[]?> ReadFrameAsync(Stream stream, CancellationToken cancellationToken)
    {
        var header = new byte[4];
        var read = await stream.ReadAtLeastAsync(header, 4, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            return null;
        }

        if (read < 4)
        {
            throw new InvalidDataException("The connection ended inside a frame header.");
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(header);
        if (length is < 1 or > MaxFrameBytes)
        {
            throw new InvalidDataException($"A frame claims {length} bytes; frames hold 1 to {MaxFrameBytes}.");
        }

        var payload = new byte[length];
        if (await stream.ReadAtLeastAsync(payload, length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false) < length)
        {
            throw new InvalidDataException("The connection ended inside a frame.");
        }

        return payload;
    }

    private async Task SendLoopAsync(int peer, IPEndPoint address, ChannelReader<byte[]> outbox)
    {
        var backoff = FirstBackoff;
        var token = _stopping.Token;
        var reported = false;
        while (!token.IsCancellationRequested)
        {
            using var client = new TcpClient { NoDelay = true };
            try
            {
                await client.ConnectAsync(address, token).ConfigureAwait(false);
                backoff = FirstBackoff;
                if (reported)
                {
                    _log($"connected to node {peer} at {address}");
                    reported = false;
                }

                var stream = client.GetStream();
                while (await outbox.WaitToReadAsync(token).ConfigureAwait(false))
                {
                    while (outbox.TryRead(out var payload))
                    {
                        await WriteFrameAsync(stream, payload, token).ConfigureAwait(false);
                    }
                }

                return; // the outbox was completed: stopping
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error) when (error is SocketException or IOException or ObjectDisposedException)
            {
                if (!reported)
                {
                    _log($"node {peer} at {address} unreachable ({error.Message}); reconnecting with backoff");
                    reported = true;
                }
            }

            try
            {
                await Task.Delay(backoff, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            backoff = backoff * 2 > LastBackoff ? LastBackoff : backoff * 2;
        }
    }

    private async Task AcceptLoopAsync()
    {
        var token = _stopping.Token;
        while (!token.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener!.AcceptTcpClientAsync(token).ConfigureAwait(false);
            }
            catch (Exception error) when (error is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            lock (_accepted)
            {
                _accepted.Add(client);
            }

            _ = Task.Run(() => ReceiveLoopAsync(client));
        }
    }

    private async Task ReceiveLoopAsync(TcpClient client)
    {
        var token = _stopping.Token;
        try
        {
            var stream = client.GetStream();
            while (await ReadFrameAsync(stream, token).ConfigureAwait(false) is { } payload)
            {
                var message = ReplicationWireCodec.Decode(payload, _commands);
                Interlocked.Increment(ref _received);
                _deliver(message);
            }
        }
        catch (Exception error) when (error is FormatException or InvalidDataException)
        {
            // A peer that speaks garbage is cut off; an honest peer reconnects and the leader resends.
            _log($"dropped a connection from {client.Client.RemoteEndPoint}: {error.Message}");
        }
        catch (Exception error) when (error is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
            // the peer went away, or we are stopping
        }
        finally
        {
            lock (_accepted)
            {
                _accepted.Remove(client);
            }

            client.Dispose();
        }
    }
}
