using System.Reflection;
using Specs.Inventory.Contracts;
using Specs.Inventory.Contracts.Events.Catalog;
using Specs.Inventory.Replication;

namespace Specs.Inventory.Tests.Replication;

public sealed class CommandCodecTests
{
    public static TheoryData<int> CatalogCommands { get; } =
        [.. ContractCatalog.Contracts.Where(contract => contract.Kind == ContractKind.Command).Select(contract => contract.Id)];

    [Fact]
    public void The_default_codec_knows_every_command_of_the_catalog_and_the_replication_requests()
    {
        var commands = ContractCatalog.Contracts.Where(contract => contract.Kind == ContractKind.Command).Select(contract => contract.Id).ToList();

        Assert.True(commands.Count > 5, "the catalog lists its commands");
        Assert.All(commands, id => Assert.True(CommandCodec.Default.Knows(id), $"command {ContractCatalog.Get(id).ClrType.Name} is not known"));
        Assert.Equal(commands.Count + 2, CommandCodec.Default.ContractIds.Count);
        Assert.True(CommandCodec.Default.Knows(RecordHistory.Id) && CommandCodec.Default.Knows(AdvanceTime.Id));
    }

    [Theory]
    [MemberData(nameof(CatalogCommands))]
    public void Every_command_of_the_catalog_round_trips_through_a_journaled_entry_with_every_field_set(int contractId)
    {
        var command = (ICommandContract)Filled(ContractCatalog.Get(contractId).ClrType, contractId);

        var decoded = RoundTrip(command);

        Assert.IsType(command.GetType(), decoded);
        Assert.Equivalent(command, decoded, strict: true);
    }

    [Fact]
    public void Recorded_history_round_trips_with_its_event_ids_streams_times_and_payloads()
    {
        var history = new RecordHistory(
        [
            new HistoryEvent(Guid.Parse("00000000-0000-4000-8000-000000000001"), "product-A", 1_767_225_600_000, new ProductCreated { Sku = "A", Name = "Apple" }),
            new HistoryEvent(Guid.Parse("00000000-0000-4000-8000-000000000002"), "product-B", 1_767_225_600_123, new ProductCreated { Sku = "B", Name = "Banana" }),
        ]);

        var decoded = Assert.IsType<RecordHistory>(RoundTrip(history));

        Assert.Equal(history.Events.Select(given => (given.EventId, given.Stream, given.RecordedAtUnixMs)), decoded.Events.Select(given => (given.EventId, given.Stream, given.RecordedAtUnixMs)));
        Assert.Equivalent(history.Events, decoded.Events, strict: true);
    }

    [Fact]
    public void A_clock_advance_round_trips_with_its_instant()
    {
        Assert.Equal(new AdvanceTime(1_767_225_999_999), RoundTrip(new AdvanceTime(1_767_225_999_999)));
    }

    [Fact]
    public void A_contract_id_nobody_registered_is_refused_with_its_id()
    {
        var error = Assert.Throws<InvalidOperationException>(() => CommandCodec.Default.Decode(424_242, []));

        Assert.Contains("424242", error.Message, StringComparison.Ordinal);
    }

    private static ICommandContract RoundTrip(ICommandContract command)
    {
        var entry = LogEntry.Create(3, 17, 1_767_225_600_000, LogEntryKind.Command, "key-1", command);
        Assert.True(LogEntryCodec.TryDecode(LogEntryCodec.Encode(entry).Span, CommandCodec.Default, out var decoded));
        Assert.Equal(entry.Checksum, decoded.Checksum);
        return decoded.Command!;
    }

    /// <summary>An instance of a contract or nested table with every field set to a value other than its default.</summary>
    private static object Filled(Type type, int salt)
    {
        var value = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.CanWrite))
        {
            property.SetValue(value, ValueOf(property.PropertyType, property.Name, salt));
        }

        return value;
    }

    private static object ValueOf(Type type, string name, int salt)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return $"{name}-{salt}";
        }

        if (underlying == typeof(long))
        {
            return 1_000L + salt;
        }

        if (underlying == typeof(int))
        {
            return 100 + salt;
        }

        if (underlying == typeof(bool))
        {
            return true;
        }

        if (underlying == typeof(Guid))
        {
            return new Guid(salt, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        }

        if (underlying.IsEnum)
        {
            return Enum.GetValues(underlying).GetValue(Enum.GetValues(underlying).Length - 1)!;
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var element = underlying.GetGenericArguments()[0];
            var items = Array.CreateInstance(element, 2);
            for (var i = 0; i < items.Length; i++)
            {
                items.SetValue(element == typeof(string) ? $"{name}-{salt}-{i}" : Filled(element, salt + i + 1), i);
            }

            return items;
        }

        return Filled(underlying, salt + 1);
    }
}
