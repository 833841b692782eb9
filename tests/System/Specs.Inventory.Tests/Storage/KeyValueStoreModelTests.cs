using System.Text;
using CsCheck;
using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Lmdb;
using Specs.Sim.Storage;

namespace Specs.Inventory.Tests.Storage;

/// <summary>
/// Drives LmdbStore, SimulatedStore and a plain sorted map with the same random transactions and
/// requires identical observations. The generator is CsCheck's; the seed and the number of scenarios
/// are fixed, so every run checks the same scenarios.
/// </summary>
public sealed class KeyValueStoreModelTests
{
    private const int Scenarios = 300;
    private const uint Stream = 7;
    private const ulong Seed = 20_240_611;

    // A bound past every generated key (keys are at most three bytes).
    private static readonly byte[] Everything = [0xFF, 0xFF, 0xFF, 0xFF];

    private enum Kind
    {
        Put,
        Delete,
        ClearRange,
        Append,
        AppendNext,
        Get,
        Range,
    }

    private enum Ending
    {
        Commit,
        Abort,
        Throw,
    }

    private sealed record Operation(Kind Kind, byte[] Key, byte[] End, byte[] Value, bool Reverse, int Limit)
    {
        public override string ToString() => $"{Kind} {Convert.ToHexString(Key)}..{Convert.ToHexString(End)}={Convert.ToHexString(Value)} r={Reverse} l={Limit}";
    }

    private sealed record Transaction(Operation[] Operations, Ending Ending, bool ReaderAcross)
    {
        public override string ToString() =>
            $"[{Ending}{(ReaderAcross ? " +reader" : "")}: {string.Join("; ", Operations.Select(operation => operation.ToString()))}]";
    }

    private static readonly Gen<byte[]> Key =
        Gen.Select(
            Pick(0x00, 0x01, 0x7F, 0x80, 0xFF),
            Pick(0x00, 0x01, 0x7F, 0xFF).Array[0, 2],
            (first, rest) => new[] { first }.Concat(rest).ToArray());

    private static readonly Gen<byte[]> Bound =
        Gen.Int[0, 9].SelectMany(choice => choice switch
        {
            0 => Gen.Const(Array.Empty<byte>()),
            1 => Gen.Const(Everything),
            _ => Key,
        });

    private static readonly Gen<Operation> AnyOperation =
        Gen.Select(Gen.Int[0, 12], Key, Bound, Bound, Gen.Byte.Array[0, 3], Gen.Bool, Gen.Int[0, 6], (choice, key, begin, end, value, reverse, limit) =>
            choice switch
            {
                0 or 1 or 2 => new Operation(Kind.Put, key, [], value, false, 0),
                3 => new Operation(Kind.Delete, key, [], [], false, 0),
                4 => new Operation(Kind.ClearRange, begin, end, [], false, 0),
                5 => new Operation(Kind.Append, key, [], value, false, 0),
                6 or 7 => new Operation(Kind.AppendNext, key, [], value, false, 0),
                8 or 9 => new Operation(Kind.Get, key, [], [], false, 0),
                _ => new Operation(Kind.Range, begin, end, [], reverse, limit == 6 ? int.MaxValue : limit),
            });

    private static readonly Gen<Transaction> AnyTransaction =
        Gen.Select(AnyOperation.Array[0, 8], Gen.Int[0, 9], Gen.Int[0, 3], (operations, ending, reader) =>
            new Transaction(operations, ending switch { 0 => Ending.Abort, 1 => Ending.Throw, _ => Ending.Commit }, reader == 0));

    private static readonly Gen<Transaction[]> AnyScenario = AnyTransaction.Array[1, 8];

    [Fact]
    public void Both_backends_behave_like_a_sorted_map_under_random_transactions()
    {
        var random = new PCG(Stream, Seed);
        for (var scenario = 0; scenario < Scenarios; scenario++)
        {
            var transactions = AnyScenario.Generate(random, null, out _);
            var expected = RunOnModel(transactions);
            string lmdb, simulated;
            using (var store = LmdbStore.CreateTemporary())
            {
                lmdb = RunOnStore(store, transactions);
            }

            using (var store = new SimulatedStore())
            {
                simulated = RunOnStore(store, transactions);
            }

            var scenarioText = string.Join(Environment.NewLine, transactions.Select(transaction => transaction.ToString()));
            Assert.True(expected == lmdb, $"LMDB differs from the model in scenario {scenario}:{Environment.NewLine}{scenarioText}{Environment.NewLine}model: {expected}{Environment.NewLine}lmdb:  {lmdb}");
            Assert.True(expected == simulated, $"SimulatedStore differs from the model in scenario {scenario}:{Environment.NewLine}{scenarioText}{Environment.NewLine}model: {expected}{Environment.NewLine}sim:   {simulated}");
        }
    }

    private static Gen<byte> Pick(params byte[] choices) => Gen.Int[0, choices.Length - 1].Select(index => choices[index]);

    private static string RunOnStore(IKeyValueStore store, Transaction[] transactions)
    {
        var log = new StringBuilder();
        foreach (var transaction in transactions)
        {
            var reader = transaction.ReaderAcross ? store.BeginRead() : null;
            var attempt = new StringBuilder();
            try
            {
                store.Write(write =>
                {
                    // The backend may rerun the work (LMDB after growing its map): keep only the last attempt.
                    attempt.Clear();
                    foreach (var operation in transaction.Operations)
                    {
                        Apply(write, operation, attempt);
                    }

                    End(write, transaction.Ending);
                });
                attempt.Append(transaction.Ending == Ending.Abort ? "aborted" : "committed");
            }
            catch (KeyOrderException)
            {
                attempt.Append("out of order");
            }
            catch (InvalidOperationException exception) when (exception.Message == "planned")
            {
                attempt.Append("thrown");
            }

            log.Append(attempt).Append(" | ");
            if (reader is not null)
            {
                log.Append("before: ").Append(Describe(reader.ReadRange([], Everything))).Append(" | ");
                reader.Dispose();
            }

            log.Append("state: ").Append(Describe(store.ReadRange([], Everything))).AppendLine();
        }

        return log.ToString();
    }

    private static void Apply(IWriteTransaction write, Operation operation, StringBuilder log)
    {
        switch (operation.Kind)
        {
            case Kind.Put:
                write.Put(operation.Key, operation.Value);
                break;
            case Kind.Delete:
                log.Append(write.Delete(operation.Key) ? "deleted " : "absent ");
                break;
            case Kind.ClearRange:
                write.ClearRange(operation.Key, operation.End);
                break;
            case Kind.Append:
                write.Append(operation.Key, operation.Value);
                break;
            case Kind.AppendNext:
                write.Append(NextKey(LastOfPartition(write, operation.Key[0]), operation.Key), operation.Value);
                break;
            case Kind.Get:
                log.Append(write.TryGet(operation.Key, out var value) ? Convert.ToHexString(value) : "none").Append(' ');
                break;
            case Kind.Range:
                log.Append('[').Append(Describe(write.ReadRange(operation.Key, operation.End, operation.Reverse, operation.Limit))).Append("] ");
                break;
        }
    }

    private static void End(IWriteTransaction write, Ending ending)
    {
        if (ending == Ending.Abort)
        {
            write.Abort();
        }
        else if (ending == Ending.Throw)
        {
            throw new InvalidOperationException("planned");
        }
    }

    private static byte[]? LastOfPartition(IReadTransaction read, byte partition)
    {
        var pairs = read.ReadRange([partition], partition == 0xFF ? Everything : [(byte)(partition + 1)], reverse: true, limit: 1);
        return pairs.Count == 0 ? null : pairs[0].Key;
    }

    /// <summary>A key that sorts right after the partition's last key, or the generated key when the partition is empty.</summary>
    private static byte[] NextKey(byte[]? last, byte[] generated) => last is null ? generated : [.. last, 0x00];

    private static string RunOnModel(Transaction[] transactions)
    {
        var committed = new SortedDictionary<byte[], byte[]>(ByteKeyComparer.Instance);
        var log = new StringBuilder();
        foreach (var transaction in transactions)
        {
            var before = Describe(committed.Select(pair => (pair.Key, pair.Value)));
            var working = new SortedDictionary<byte[], byte[]>(committed, ByteKeyComparer.Instance);
            var outcome = RunTransactionOnModel(working, transaction, log);
            if (outcome == "committed")
            {
                committed = working;
            }

            log.Append(outcome).Append(" | ");
            if (transaction.ReaderAcross)
            {
                log.Append("before: ").Append(before).Append(" | ");
            }

            log.Append("state: ").Append(Describe(committed.Select(pair => (pair.Key, pair.Value)))).AppendLine();
        }

        return log.ToString();
    }

    private static string RunTransactionOnModel(SortedDictionary<byte[], byte[]> working, Transaction transaction, StringBuilder log)
    {
        foreach (var operation in transaction.Operations)
        {
            switch (operation.Kind)
            {
                case Kind.Put:
                    working[operation.Key] = operation.Value;
                    break;
                case Kind.Delete:
                    log.Append(working.Remove(operation.Key) ? "deleted " : "absent ");
                    break;
                case Kind.ClearRange:
                    foreach (var key in InRange(working, operation.Key, operation.End).Select(pair => pair.Key).ToList())
                    {
                        working.Remove(key);
                    }

                    break;
                case Kind.Append or Kind.AppendNext:
                    var last = working.Keys.LastOrDefault(key => key[0] == operation.Key[0]);
                    var appended = operation.Kind == Kind.Append ? operation.Key : NextKey(last, operation.Key);
                    if (last is not null && ByteKeyComparer.Compare(last, appended) >= 0)
                    {
                        return "out of order";
                    }

                    working[appended] = operation.Value;
                    break;
                case Kind.Get:
                    log.Append(working.TryGetValue(operation.Key, out var value) ? Convert.ToHexString(value) : "none").Append(' ');
                    break;
                case Kind.Range:
                    var pairs = InRange(working, operation.Key, operation.End);
                    if (operation.Reverse)
                    {
                        pairs = pairs.Reverse();
                    }

                    log.Append('[').Append(Describe(pairs.Take(operation.Limit))).Append("] ");
                    break;
            }
        }

        return transaction.Ending switch
        {
            Ending.Abort => "aborted",
            Ending.Throw => "thrown",
            _ => "committed",
        };
    }

    private static IEnumerable<(byte[] Key, byte[] Value)> InRange(SortedDictionary<byte[], byte[]> map, byte[] begin, byte[] end) =>
        map.Where(pair => ByteKeyComparer.Compare(pair.Key, begin) >= 0 && ByteKeyComparer.Compare(pair.Key, end) < 0)
            .Select(pair => (pair.Key, pair.Value));

    private static string Describe(IEnumerable<(byte[] Key, byte[] Value)> pairs) => pairs.Hex();
}
