using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Specs.Inventory.Replication;

namespace Specs.Inventory.Host.Tests;

/// <summary>The real network between replicas over loopback: frames arrive whole and in order, and a late peer is reached by reconnecting.</summary>
public sealed class TcpPeerNetworkTests
{
    [Fact]
    public async Task Messages_queued_before_the_peer_listens_arrive_in_order_once_it_does()
    {
        var peers = new Dictionary<int, IPEndPoint> { [1] = FreeLoopback(), [2] = FreeLoopback() };
        var arrived = new BlockingCollection<ReplicationMessage>();
        await using var sender = new TcpPeerNetwork(1, peers, CommandCodec.Default, _ => { }, _ => { });
        sender.Start();
        for (var term = 1; term <= 200; term++)
        {
            sender.Send(2, new RequestVote(term, 1, term * 10, term));
        }

        // The peer comes up only now: the sender has been failing to connect and backing off.
        await Task.Delay(300, TestContext.Current.CancellationToken);
        await using var receiver = new TcpPeerNetwork(2, peers, CommandCodec.Default, arrived.Add, _ => { });
        receiver.Start();

        var terms = new List<long>();
        while (terms.Count < 200)
        {
            Assert.True(arrived.TryTake(out var message, TimeSpan.FromSeconds(60)), $"only {terms.Count} of 200 messages arrived");
            terms.Add(Assert.IsType<RequestVote>(message).Term);
        }

        Assert.Equal(Enumerable.Range(1, 200).Select(term => (long)term), terms);
    }

    [Fact]
    public async Task A_frame_with_an_impossible_length_cuts_the_connection_without_delivering_anything()
    {
        var peers = new Dictionary<int, IPEndPoint> { [1] = FreeLoopback(), [2] = FreeLoopback() };
        var arrived = new BlockingCollection<ReplicationMessage>();
        await using var receiver = new TcpPeerNetwork(2, peers, CommandCodec.Default, arrived.Add, _ => { });
        receiver.Start();

        using var client = new TcpClient();
        await client.ConnectAsync(peers[2], TestContext.Current.CancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync(new byte[] { 0x7F, 0xFF, 0xFF, 0xFF }, TestContext.Current.CancellationToken);
        var buffer = new byte[1];
        var read = await stream.ReadAsync(buffer, TestContext.Current.CancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Equal(0, read);
        Assert.Empty(arrived);
    }

    [Fact]
    public async Task Frames_round_trip_through_a_stream_and_a_clean_end_reads_as_no_frame()
    {
        using var stream = new MemoryStream();
        await TcpPeerNetwork.WriteFrameAsync(stream, [1, 2, 3], TestContext.Current.CancellationToken);
        await TcpPeerNetwork.WriteFrameAsync(stream, [4], TestContext.Current.CancellationToken);
        stream.Position = 0;

        Assert.Equal([1, 2, 3], await TcpPeerNetwork.ReadFrameAsync(stream, TestContext.Current.CancellationToken));
        Assert.Equal([4], await TcpPeerNetwork.ReadFrameAsync(stream, TestContext.Current.CancellationToken));
        Assert.Null(await TcpPeerNetwork.ReadFrameAsync(stream, TestContext.Current.CancellationToken));
    }

    /// <summary>A loopback port nobody listens on (the OS's pick, released for the test to use).</summary>
    internal static IPEndPoint FreeLoopback()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var endpoint = (IPEndPoint)listener.LocalEndpoint;
        listener.Stop();
        return endpoint;
    }
}
