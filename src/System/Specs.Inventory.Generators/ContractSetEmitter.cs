using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Specs.Inventory.Generators;

/// <summary>
/// Emits the aggregate of one contract set: the <c>EventRecord</c> envelope with its payload union,
/// <c>EventRecordWriter</c>, <c>ContractCatalog</c> and <c>ContractSchema</c> (the .fbs text).
/// </summary>
/// <remarks>
/// The union type of an event is derived from its id (<c>id − 999</c>), never from the order of the
/// events, so adding an event anywhere leaves every stored union type meaning what it meant.
/// </remarks>
internal static class ContractSetEmitter
{
    private const string Wire = "global::Specs.Inventory.Contracts.Wire";
    private const string Contracts = "global::Specs.Inventory.Contracts";

    /// <summary>EventRecord's fields: (id, schema name, schema type, description). Field 7 is the union's hidden type.</summary>
    private static readonly string[][] EnvelopeFields =
    {
        new[] { "0", "position", "ulong", "Position in the global log (1-based, gapless)." },
        new[] { "1", "stream", "string", "The stream the event belongs to." },
        new[] { "2", "stream_version", "ulong", "Version of the event within its stream (1-based)." },
        new[] { "3", "event_id", "Uuid", "Unique id of the event." },
        new[] { "4", "recorded_at_unix_ms", "long", "When the event was recorded (clock port), Unix milliseconds." },
        new[] { "5", "causation_id", "Uuid", "The command that caused the event, when there is one." },
        new[] { "6", "idempotency_key", "string", "Idempotency key of that command, when there is one." },
        new[] { "8", "payload", "Event", "The event; payload_type (field 7) says which contract it is." },
    };

    public static uint FileIdentifierValue(string identifier) =>
        identifier[0] | ((uint)identifier[1] << 8) | ((uint)identifier[2] << 16) | ((uint)identifier[3] << 24);

    public static int UnionTag(ContractModel contract) => contract.Id - ContractModelBuilder.FirstEventId + 1;

    public static string EmitEventRecord(ContractSetModel set, IReadOnlyList<ContractModel> events)
    {
        var w = Header(set);
        w.Line("/// <summary>Which event an EventRecord carries: the FlatBuffers union type, equal to the contract id − 999.</summary>");
        w.Open("public enum EventPayloadType : byte");
        w.Line("None = 0,");
        foreach (var e in events)
        {
            w.Line($"{e.Name} = {UnionTag(e)},");
        }

        w.Close();
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// The value stored per event in the log: the envelope fields and the event as a union member.");
        w.Line("/// Field ids: 0 position, 1 stream, 2 stream_version, 3 event_id, 4 recorded_at_unix_ms,");
        w.Line("/// 5 causation_id, 6 idempotency_key, 7 payload_type, 8 payload. Fields are only appended.");
        w.Line("/// </summary>");
        w.Open("public sealed class EventRecord");
        w.Line("public const string SchemaName = \"EventRecord\";");
        w.Line();
        w.Line("/// <summary>Bytes 4-7 of every EventRecord value.</summary>");
        w.Line("public const string FileIdentifier = " + SourceWriter.Literal(set.FileIdentifier) + ";");
        w.Line();
        w.Line("/// <summary>The file identifier read as a little-endian uint32.</summary>");
        w.Line("public const uint FileIdentifierValue = 0x" + FileIdentifierValue(set.FileIdentifier).ToString("X8", CultureInfo.InvariantCulture) + ";");
        w.Line();
        w.Line("public const int FieldCount = 9;");
        w.Line();
        w.Line("public required ulong Position { get; init; }");
        w.Line();
        w.Line("public required string Stream { get; init; }");
        w.Line();
        w.Line("public required ulong StreamVersion { get; init; }");
        w.Line();
        w.Line("public required global::System.Guid EventId { get; init; }");
        w.Line();
        w.Line("public required long RecordedAtUnixMs { get; init; }");
        w.Line();
        w.Line("public global::System.Guid? CausationId { get; init; }");
        w.Line();
        w.Line("public string? IdempotencyKey { get; init; }");
        w.Line();
        w.Line($"public required {Contracts}.IEventContract Payload {{ get; init; }}");
        w.Line();
        w.Line($"public {Contracts}.EventEnvelope Envelope => new(Position, Stream, StreamVersion, EventId, RecordedAtUnixMs, CausationId, IdempotencyKey);");
        w.Line();
        w.Line("/// <summary>Materializes a record (allocates the objects, strings and arrays).</summary>");
        w.Open("public static EventRecord Decode(View view) => new()");
        w.Line("Position = view.Position,");
        w.Line("Stream = view.Stream,");
        w.Line("StreamVersion = view.StreamVersion,");
        w.Line("EventId = view.EventId,");
        w.Line("RecordedAtUnixMs = view.RecordedAtUnixMs,");
        w.Line("CausationId = view.CausationId,");
        w.Line("IdempotencyKey = view.IdempotencyKey,");
        w.Line("Payload = view.DecodePayload(),");
        w.Close(";");
        w.Line();
        w.Line("public static EventRecord FromBytes(global::System.ReadOnlySpan<byte> value) => Decode(new View(value));");
        w.Line();
        w.Line("/// <summary>The union type of an event contract id.</summary>");
        w.Line($"/// <exception cref=\"{Contracts}.UnknownContractException\">no event of this contract set has the id.</exception>");
        w.Line("public static EventPayloadType PayloadTypeOf(int contractId) => contractId switch");
        w.Line("{");
        foreach (var e in events)
        {
            w.Line($"    {e.Id} => EventPayloadType.{e.Name},");
        }

        w.Line($"    _ => throw new {Contracts}.UnknownContractException(\"event contract id\", contractId, \"EventRecord.PayloadTypeOf\"),");
        w.Line("};");
        w.Line();
        EmitRecordView(w, events);
        w.Close();
        return w.ToString();
    }

    private static void EmitRecordView(SourceWriter w, IReadOnlyList<ContractModel> events)
    {
        w.Line("/// <summary>Reads an EventRecord in place (an LMDB value, say); checks the file identifier and every offset.</summary>");
        w.Open("public readonly ref struct View");
        w.Line($"private readonly {Wire}.TableReader _table;");
        w.Line();
        w.Line($"public View(global::System.ReadOnlySpan<byte> value) => _table = {Wire}.TableReader.Root(value, SchemaName, FileIdentifierValue);");
        w.Line();
        w.Line("/// <summary>Reopens a record whose root this build already opened and checked (see <see cref=\"Shape\"/>), without repeating the checks.</summary>");
        w.Line($"internal View(global::System.ReadOnlySpan<byte> value, {Wire}.TableShape shape) => _table = {Wire}.TableReader.Reopen(value, shape, SchemaName);");
        w.Line();
        w.Line("/// <summary>Where the root table lies, as checked when the view was opened.</summary>");
        w.Line($"internal {Wire}.TableShape Shape => _table.Shape;");
        w.Line();
        w.Line("public ulong Position => _table.UInt64(0, 0);");
        w.Line();
        w.Line("public string Stream => _table.String(1) ?? string.Empty;");
        w.Line();
        w.Line("public global::System.ReadOnlySpan<byte> StreamUtf8 => _table.Utf8(1);");
        w.Line();
        w.Line("public ulong StreamVersion => _table.UInt64(2, 0);");
        w.Line();
        w.Line("public global::System.Guid EventId => _table.Uuid(3);");
        w.Line();
        w.Line("public long RecordedAtUnixMs => _table.Int64(4, 0);");
        w.Line();
        w.Line("public global::System.Guid? CausationId => _table.OptionalUuid(5);");
        w.Line();
        w.Line("public string? IdempotencyKey => _table.String(6);");
        w.Line();
        w.Line("public global::System.ReadOnlySpan<byte> IdempotencyKeyUtf8 => _table.Utf8(6);");
        w.Line();
        w.Line("/// <summary>The union type as stored; may be a value this build does not know.</summary>");
        w.Line("public EventPayloadType PayloadType => (EventPayloadType)_table.Byte(7, 0);");
        w.Line();
        w.Line("/// <summary>The payload's contract id.</summary>");
        w.Line($"/// <exception cref=\"{Contracts}.UnknownContractException\">the union type is not an event of this build.</exception>");
        w.Line("public int PayloadContractId => PayloadType switch");
        w.Line("{");
        foreach (var e in events)
        {
            w.Line($"    EventPayloadType.{e.Name} => {e.Id},");
        }

        w.Line("    _ => throw UnknownPayload(),");
        w.Line("};");
        foreach (var e in events)
        {
            w.Line();
            w.Open($"public bool TryGet{e.Name}(out {e.FullName}.View payload)");
            w.Open($"if (PayloadType == EventPayloadType.{e.Name})");
            w.Line($"payload = new(PayloadTable({e.FullName}.SchemaName));");
            w.Line("return true;");
            w.Close();
            w.Line();
            w.Line("payload = default;");
            w.Line("return false;");
            w.Close();
        }

        w.Line();
        w.Line("/// <summary>Materializes the payload.</summary>");
        w.Line($"/// <exception cref=\"{Contracts}.UnknownContractException\">the union type is not an event of this build.</exception>");
        w.Line($"public {Contracts}.IEventContract DecodePayload() => PayloadType switch");
        w.Line("{");
        foreach (var e in events)
        {
            w.Line($"    EventPayloadType.{e.Name} => {e.FullName}.Decode(new(PayloadTable({e.FullName}.SchemaName))),");
        }

        w.Line("    _ => throw UnknownPayload(),");
        w.Line("};");
        w.Line();
        w.Open($"private {Wire}.TableReader PayloadTable(string tableName)");
        w.Line("var payload = _table.Table(8, tableName);");
        w.Open("if (!payload.IsPresent)");
        w.Line($"throw new {Contracts}.MalformedContractException(SchemaName, 8, _table.Position, _table.Buffer.Length, \"payload_type is set but the payload table is absent\");");
        w.Close();
        w.Line();
        w.Line("return payload;");
        w.Close();
        w.Line();
        w.Line("private global::System.Exception UnknownPayload() => PayloadType == EventPayloadType.None");
        w.Line($"    ? new {Contracts}.MalformedContractException(SchemaName, 7, _table.Position, _table.Buffer.Length, \"the record has no payload (payload_type NONE)\")");
        w.Line($"    : new {Contracts}.UnknownContractException(\"event union type\", (byte)PayloadType, $\"{{SchemaName}}.payload_type (field 7) of a {{_table.Buffer.Length}}-byte value, table at byte {{_table.Position}}\");");
        w.Close();
    }

    public static string EmitWriter(ContractSetModel set, IReadOnlyList<ContractModel> events)
    {
        var w = Header(set);
        w.Line("/// <summary>");
        w.Line("/// Writes EventRecord values. With a reused builder nothing is allocated: <c>Write</c> clears the");
        w.Line("/// builder and returns the finished bytes in place, valid until the builder is used again.");
        w.Line("/// </summary>");
        w.Open("public static class EventRecordWriter");
        w.Line("/// <summary>Writes a record of any event of this contract set (the union type is found from its contract id).</summary>");
        w.Line($"/// <exception cref=\"{Contracts}.UnknownContractException\">the payload is not an event of this contract set.</exception>");
        w.Open($"public static global::System.ReadOnlySpan<byte> Write(global::Google.FlatBuffers.FlatBufferBuilder builder, in {Contracts}.EventEnvelope envelope, {Contracts}.IEventContract payload)");
        w.Line("var payloadType = EventRecord.PayloadTypeOf(payload.ContractId);");
        w.Line("builder.Clear();");
        w.Line("var payloadOffset = payload.WriteTo(builder);");
        w.Line("return Finish(builder, WriteRecord(builder, in envelope, payloadType, payloadOffset));");
        w.Close();
        foreach (var e in events)
        {
            w.Line();
            w.Open($"public static global::System.ReadOnlySpan<byte> Write(global::Google.FlatBuffers.FlatBufferBuilder builder, in {Contracts}.EventEnvelope envelope, {e.FullName} payload)");
            w.Line("builder.Clear();");
            w.Line("var payloadOffset = payload.WriteTo(builder);");
            w.Line($"return Finish(builder, WriteRecord(builder, in envelope, EventPayloadType.{e.Name}, payloadOffset));");
            w.Close();
        }

        w.Line();
        w.Line("/// <summary>A record as a new array (allocates; for tests and tools).</summary>");
        w.Line($"public static byte[] Encode(in {Contracts}.EventEnvelope envelope, {Contracts}.IEventContract payload) =>");
        w.Line("    Write(new global::Google.FlatBuffers.FlatBufferBuilder(256), in envelope, payload).ToArray();");
        w.Line();
        w.Open("private static global::System.ReadOnlySpan<byte> Finish(global::Google.FlatBuffers.FlatBufferBuilder builder, int record)");
        w.Line("builder.Finish(record, EventRecord.FileIdentifier);");
        w.Line($"return {Wire}.ContractWriter.Finished(builder);");
        w.Close();
        w.Line();
        w.Open($"private static int WriteRecord(global::Google.FlatBuffers.FlatBufferBuilder builder, in {Contracts}.EventEnvelope envelope, EventPayloadType payloadType, int payloadOffset)");
        w.Line($"var streamOffset = {Wire}.ContractWriter.String(builder, envelope.Stream);");
        w.Line($"var idempotencyKeyOffset = {Wire}.ContractWriter.String(builder, envelope.IdempotencyKey);");
        w.Line("builder.StartTable(EventRecord.FieldCount);");
        w.Line($"{Wire}.ContractWriter.AddUuid(builder, 3, envelope.EventId);");
        w.Line($"{Wire}.ContractWriter.AddUuid(builder, 5, envelope.CausationId);");
        w.Line("builder.AddUlong(0, envelope.Position, 0);");
        w.Line("builder.AddUlong(2, envelope.StreamVersion, 0);");
        w.Line("builder.AddLong(4, envelope.RecordedAtUnixMs, 0);");
        w.Line("builder.AddOffset(1, streamOffset, 0);");
        w.Line("builder.AddOffset(6, idempotencyKeyOffset, 0);");
        w.Line("builder.AddOffset(8, payloadOffset, 0);");
        w.Line("builder.AddByte(7, (byte)payloadType, 0);");
        w.Line("return builder.EndTable();");
        w.Close();
        w.Close();
        return w.ToString();
    }

    public static string EmitCatalog(ContractSetModel set, IReadOnlyList<ContractModel> contracts, IReadOnlyList<ContractModel> tables)
    {
        var w = Header(set);
        w.Line("/// <summary>Every contract of this contract set, with its fields, as published to tools and reports.</summary>");
        w.Open("public static class ContractCatalog");
        w.Line("/// <summary>Events and commands, by id.</summary>");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{Contracts}.ContractDescriptor> Contracts {{ get; }} =");
        w.Line("[");
        foreach (var c in contracts)
        {
            EmitDescriptor(w, c);
        }

        w.Line("];");
        w.Line();
        w.Line("/// <summary>Nested value tables, by name.</summary>");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{Contracts}.ContractDescriptor> Tables {{ get; }} =");
        w.Line("[");
        foreach (var c in tables)
        {
            EmitDescriptor(w, c);
        }

        w.Line("];");
        w.Line();
        w.Open($"public static bool TryGet(int contractId, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {Contracts}.ContractDescriptor? contract)");
        w.Line("var index = contractId switch");
        w.Line("{");
        for (var i = 0; i < contracts.Count; i++)
        {
            w.Line($"    {contracts[i].Id} => {i},");
        }

        w.Line("    _ => -1,");
        w.Line("};");
        w.Line("contract = index < 0 ? null : Contracts[index];");
        w.Line("return contract is not null;");
        w.Close();
        w.Line();
        w.Line($"/// <exception cref=\"{Contracts}.UnknownContractException\">no contract has the id.</exception>");
        w.Line($"public static {Contracts}.ContractDescriptor Get(int contractId) =>");
        w.Line($"    TryGet(contractId, out var contract) ? contract : throw new {Contracts}.UnknownContractException(\"contract id\", contractId, \"ContractCatalog\");");
        w.Close();
        return w.ToString();
    }

    private static void EmitDescriptor(SourceWriter w, ContractModel c)
    {
        var kind = c.Kind == ContractKind.Event ? "Event" : c.Kind == ContractKind.Command ? "Command" : "Table";
        w.Line($"    new({c.Id}, {Contracts}.ContractKind.{kind}, typeof({c.FullName}), {SourceWriter.Literal(c.Name)}, {SourceWriter.Literal(c.Description)},");
        w.Line("    [");
        foreach (var f in c.Fields)
        {
            w.Line($"        new({f.Index}, {SourceWriter.Literal(f.PropertyName)}, {SourceWriter.Literal(f.SchemaName)}, {SourceWriter.Literal(f.SchemaType)}, {(f.IsNullable ? "true" : "false")}, {SourceWriter.Literal(f.Description)}),");
        }

        w.Line("    ]),");
    }

    public static string EmitSchemaClass(ContractSetModel set, string schema)
    {
        var w = Header(set);
        w.Line("/// <summary>");
        w.Line("/// The FlatBuffers schema (.fbs) of this contract set, generated from the contracts. flatc decodes");
        w.Line("/// stored values with it: <c>flatc --json --strict-json --raw-binary schema.fbs -- value.bin</c>.");
        w.Line("/// </summary>");
        w.Open("public static class ContractSchema");
        w.Line("public const string Text =");
        var lines = schema.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i == lines.Length - 1 && lines[i].Length == 0)
            {
                break;
            }

            var last = i == lines.Length - 1 || (i == lines.Length - 2 && lines[i + 1].Length == 0);
            w.Line("    " + SourceWriter.Literal(lines[i] + "\n") + (last ? ";" : " +"));
        }

        w.Close();
        return w.ToString();
    }

    public static string EmitSchema(ContractSetModel set, IReadOnlyList<ContractModel> tables, IReadOnlyList<ContractModel> events,
        IReadOnlyList<ContractModel> commands, IReadOnlyList<EnumModel> enums)
    {
        var s = new StringBuilder();
        s.Append("// The contracts of ").Append(set.SchemaNamespace).Append(", generated by Specs.Inventory.Generators from the C# contracts.\n");
        s.Append("// Field ids are the [Field] indexes: fields are only appended, never removed, renumbered or retyped.\n");
        s.Append("// Event union types are contract id - 999, so adding an event never changes another's.\n");
        s.Append('\n');
        s.Append("namespace ").Append(set.SchemaNamespace).Append(";\n\n");
        s.Append("file_identifier \"").Append(set.FileIdentifier).Append("\";\n\n");
        s.Append("/// A Guid: hi is the first 8 bytes of its RFC 4122 (big-endian) form, lo the last 8.\n");
        s.Append("struct Uuid {\n  hi: ulong;\n  lo: ulong;\n}\n");
        foreach (var e in enums)
        {
            s.Append('\n');
            s.Append("enum ").Append(e.SchemaName).Append(" : ").Append(e.Underlying.SchemaType).Append(" {\n");
            var members = e.Members
                .GroupBy(m => m.Value).Select(g => g.First())
                .OrderBy(m => decimal.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
            for (var i = 0; i < members.Count; i++)
            {
                s.Append("  ").Append(members[i].Key).Append(" = ").Append(members[i].Value).Append(i == members.Count - 1 ? "\n" : ",\n");
            }

            s.Append("}\n");
        }

        foreach (var table in tables.Concat(events).Concat(commands))
        {
            s.Append('\n');
            var tag = table.Kind == ContractKind.Table ? "table" : table.Kind == ContractKind.Event ? "event " + table.Id : "command " + table.Id;
            s.Append("/// ").Append(OneLine(table.Description)).Append(" (").Append(tag).Append(")\n");
            s.Append("table ").Append(table.Name).Append(" {\n");
            foreach (var f in table.Fields)
            {
                if (f.Description.Length > 0)
                {
                    s.Append("  /// ").Append(OneLine(f.Description)).Append('\n');
                }

                var optional = f.IsNullable && f.Shape == FieldShape.Scalar ? " = null" : "";
                s.Append("  ").Append(f.SchemaName).Append(": ").Append(f.SchemaType).Append(optional)
                    .Append(" (id: ").Append(f.Index.ToString(CultureInfo.InvariantCulture)).Append(");\n");
            }

            s.Append("}\n");
        }

        s.Append('\n');
        s.Append("/// Every event contract; the member value (the union type) is its contract id - 999.\n");
        s.Append("union Event {\n");
        for (var i = 0; i < events.Count; i++)
        {
            s.Append("  ").Append(events[i].Name).Append(" = ").Append(UnionTag(events[i]).ToString(CultureInfo.InvariantCulture))
                .Append(i == events.Count - 1 ? "\n" : ",\n");
        }

        s.Append("}\n\n");
        s.Append("/// The value stored per event in the log.\n");
        s.Append("table EventRecord {\n");
        foreach (var f in EnvelopeFields)
        {
            s.Append("  /// ").Append(f[3]).Append('\n');
            s.Append("  ").Append(f[1]).Append(": ").Append(f[2]).Append(" (id: ").Append(f[0]).Append(");\n");
        }

        s.Append("}\n\n");
        s.Append("root_type EventRecord;\n");
        return s.ToString();
    }

    private static string OneLine(string text) => text.Replace("\r", " ").Replace("\n", " ");

    private static SourceWriter Header(ContractSetModel set)
    {
        var w = new SourceWriter();
        w.Line("// <auto-generated/>");
        w.Line("#nullable enable");
        w.Line();
        w.Line("namespace " + set.SchemaNamespace + ";");
        w.Line();
        return w;
    }
}
