using Specs.Inventory.Contracts.Commands.Catalog;
using Specs.Inventory.Replication;

namespace Specs.Inventory.Host.Tests;

/// <summary>The bytes replicas send each other: every peer message survives the round trip, and damage is refused.</summary>
public sealed class ReplicationWireCodecTests
{
    private static readonly LogEntry[] Entries =
    [
        LogEntry.Create(3, 7, 1_767_225_600_000, LogEntryKind.LeaderNoOp, null, null),
        LogEntry.Create(3, 8, 1_767_225_600_005, LogEntryKind.Command, "key-8", new CreateProduct { Sku = "MUG", Name = "Blue mug", Description = "Stoneware" }),
    ];

    public static TheoryData<string> Messages => ["vote", "vote answer", "append", "heartbeat", "append answer", "term query", "term report"];

    [Theory]
    [MemberData(nameof(Messages))]
    public void Every_peer_message_decodes_to_what_was_encoded(string name)
    {
        var message = Message(name);

        var decoded = ReplicationWireCodec.Decode(ReplicationWireCodec.Encode(message), CommandCodec.Default);

        if (message is AppendEntries append)
        {
            var copy = Assert.IsType<AppendEntries>(decoded);
            Assert.Equal((append.Term, append.Leader, append.PreviousIndex, append.PreviousTerm, append.LeaderCommit), (copy.Term, copy.Leader, copy.PreviousIndex, copy.PreviousTerm, copy.LeaderCommit));
            Assert.Equal(append.Entries.Select(entry => LogEntryCodec.Encode(entry).ToArray()), copy.Entries.Select(entry => LogEntryCodec.Encode(entry).ToArray()));
            Assert.Equal(append.Entries.Select(entry => entry.ToString()), copy.Entries.Select(entry => entry.ToString()));
        }
        else
        {
            Assert.Equal(message, decoded);
        }
    }

    [Fact]
    public void A_flipped_bit_inside_an_appended_entry_is_refused_by_its_checksum()
    {
        var bytes = ReplicationWireCodec.Encode(Message("append"));
        bytes[^3] ^= 0x10;

        Assert.Throws<FormatException>(() => ReplicationWireCodec.Decode(bytes, CommandCodec.Default));
    }

    [Fact]
    public void Every_truncation_of_every_message_is_refused_rather_than_misread()
    {
        foreach (var name in Messages)
        {
            var bytes = ReplicationWireCodec.Encode(Message(name));
            for (var length = 0; length < bytes.Length; length++)
            {
                Assert.Throws<FormatException>(() => ReplicationWireCodec.Decode(bytes.AsSpan(0, length), CommandCodec.Default));
            }
        }
    }

    [Fact]
    public void Client_messages_never_go_on_the_wire()
    {
        var command = new ClientCommand(0, 1, "key", new CreateProduct { Sku = "MUG", Name = "Mug" }, 1);

        Assert.Throws<ArgumentException>(() => ReplicationWireCodec.Encode(command));
    }

    private static ReplicationMessage Message(string name) => name switch
    {
        "vote" => new RequestVote(4, 2, 9, 3),
        "vote answer" => new VoteAnswer(4, 3, true),
        "append" => new AppendEntries(3, 1, 6, 2, Entries, 6),
        "heartbeat" => new AppendEntries(3, 1, 8, 3, [], 8),
        "append answer" => new AppendAnswer(3, 2, false, 5),
        "term query" => new TermQuery(2),
        "term report" => new TermReport(7, 1, 12, 6),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such message"),
    };
}
