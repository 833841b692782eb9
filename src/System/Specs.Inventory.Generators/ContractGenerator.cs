using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Specs.Inventory.Generators;

/// <summary>
/// Generates FlatBuffers code for every <c>[EventContract]</c>, <c>[CommandContract]</c> and
/// <c>[ContractTable]</c> type, and, when the assembly declares <c>[assembly: ContractSet]</c>, the
/// EventRecord envelope, its writer, the contract catalog and the exported schema.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ContractGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var events = Contracts(context, ContractModelBuilder.EventAttribute, ContractKind.Event);
        var commands = Contracts(context, ContractModelBuilder.CommandAttribute, ContractKind.Command);
        var tables = Contracts(context, ContractModelBuilder.TableAttribute, ContractKind.Table);
        var set = context.CompilationProvider.Select((compilation, _) => ContractModelBuilder.ReadContractSet(compilation));

        var all = events.Combine(commands).Combine(tables).Combine(set);
        context.RegisterSourceOutput(all, (output, input) =>
            Generate(output, input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right));
    }

    private static IncrementalValueProvider<ImmutableArray<ContractModel>> Contracts(
        IncrementalGeneratorInitializationContext context, string attribute, ContractKind kind) =>
        context.SyntaxProvider.ForAttributeWithMetadataName(
                attribute,
                static (node, _) => node is TypeDeclarationSyntax,
                (syntax, _) => ContractModelBuilder.Build(syntax, kind))
            .Collect();

    private static void Generate(SourceProductionContext output, ImmutableArray<ContractModel> events,
        ImmutableArray<ContractModel> commands, ImmutableArray<ContractModel> tables, ContractSetModel? set)
    {
        // Models are cached between runs by the incremental pipeline: never mutate them here.
        var all = events.Concat(commands).Concat(tables).ToList();
        var problems = new List<KeyValuePair<ContractModel, DiagnosticInfo>>();
        CheckDuplicateIds(events.Concat(commands), problems);
        if (set is not null)
        {
            // Schema names are only shared within a contract set's schema.
            CheckDuplicateNames(all, problems);
        }

        var valid = true;
        foreach (var contract in all)
        {
            var own = problems.Where(p => ReferenceEquals(p.Key, contract)).Select(p => p.Value).ToList();
            foreach (var diagnostic in contract.Diagnostics.Concat(own))
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            if (contract.IsValid && own.Count == 0)
            {
                output.AddSource(HintName(contract), ContractEmitter.Emit(contract));
            }
            else
            {
                valid = false;
            }
        }

        if (set is null)
        {
            return;
        }

        if (set.FileIdentifier.Length != 4 || set.FileIdentifier.Any(c => c < 0x20 || c > 0x7E) || set.SchemaNamespace.Length == 0)
        {
            output.ReportDiagnostic(new DiagnosticInfo(ContractDiagnostics.InvalidContractSet, set.Location,
                "the file identifier must be exactly 4 printable ASCII characters and the namespace must not be empty").ToDiagnostic());
            return;
        }

        if (!valid)
        {
            return;
        }

        var orderedEvents = events.OrderBy(c => c.Id).ToList();
        var orderedCommands = commands.OrderBy(c => c.Id).ToList();
        var orderedTables = tables.OrderBy(c => c.Name, System.StringComparer.Ordinal).ToList();
        var enums = all.SelectMany(c => c.Fields).Where(f => f.Enum is not null).Select(f => f.Enum!)
            .GroupBy(e => e.FullName).Select(g => g.First())
            .OrderBy(e => e.SchemaName, System.StringComparer.Ordinal).ToList();

        var schema = ContractSetEmitter.EmitSchema(set, orderedTables, orderedEvents, orderedCommands, enums);
        output.AddSource("ContractSet.EventRecord.g.cs", ContractSetEmitter.EmitEventRecord(set, orderedEvents));
        output.AddSource("ContractSet.EventRecordWriter.g.cs", ContractSetEmitter.EmitWriter(set, orderedEvents));
        output.AddSource("ContractSet.ContractCatalog.g.cs", ContractSetEmitter.EmitCatalog(set, orderedEvents.Concat(orderedCommands).ToList(), orderedTables));
        output.AddSource("ContractSet.ContractSchema.g.cs", ContractSetEmitter.EmitSchemaClass(set, schema));
    }

    private static void CheckDuplicateIds(IEnumerable<ContractModel> contracts, List<KeyValuePair<ContractModel, DiagnosticInfo>> problems)
    {
        var seen = new Dictionary<int, ContractModel>();
        foreach (var contract in contracts.OrderBy(c => c.FullName, System.StringComparer.Ordinal))
        {
            if (seen.TryGetValue(contract.Id, out var first))
            {
                problems.Add(new KeyValuePair<ContractModel, DiagnosticInfo>(contract, new DiagnosticInfo(ContractDiagnostics.DuplicateContractId, contract.Location, contract.Id, contract.Name, first.FullName)));
            }
            else
            {
                seen.Add(contract.Id, contract);
            }
        }
    }

    private static void CheckDuplicateNames(IEnumerable<ContractModel> contracts, List<KeyValuePair<ContractModel, DiagnosticInfo>> problems)
    {
        var seen = new Dictionary<string, ContractModel>();
        foreach (var contract in contracts.OrderBy(c => c.FullName, System.StringComparer.Ordinal))
        {
            if (contract.Name == "EventRecord" || contract.Name == "Uuid" || contract.Name == "Event")
            {
                problems.Add(new KeyValuePair<ContractModel, DiagnosticInfo>(contract, new DiagnosticInfo(ContractDiagnostics.DuplicateSchemaName, contract.Location, contract.Name, contract.FullName, "the generated schema")));
            }
            else if (seen.TryGetValue(contract.Name, out var first))
            {
                problems.Add(new KeyValuePair<ContractModel, DiagnosticInfo>(contract, new DiagnosticInfo(ContractDiagnostics.DuplicateSchemaName, contract.Location, contract.Name, contract.FullName, first.FullName)));
            }
            else
            {
                seen.Add(contract.Name, contract);
            }
        }
    }

    private static string HintName(ContractModel contract) =>
        (contract.Namespace.Length > 0 ? contract.Namespace + "." : "") + contract.Name + ".Contract.g.cs";
}
