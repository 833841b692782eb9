using System.Reflection;
using Specs.Inventory.Contracts;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Scenarios;

namespace Specs.Runner.Hunting;

/// <summary>
/// Names the picklists and transfers of a found case the way the corpus does ("P-1", "T-1", in order of first
/// appearance) and gives each the id the steps derive for that name in the found scenario (FulfilmentContext: the
/// scenario's identity's <see cref="ScenarioIdentity.DeriveId"/> of "picklist p-1", "transfer t-1"), so a Given
/// "a picklist "P-1" in ..." records exactly the contract the renamed case holds.
/// </summary>
/// <remarks>
/// A picklist's or transfer's id is the server's choice (the id port), so which id it is carries no meaning: the renamed case is
/// the same history with other names. The hunter still runs the renamed case (<see cref="FoundCase.Breaks"/>) and
/// keeps it only when it breaks the same invariant. The ids are those of the scenario at the path the hunter writes,
/// run from the working folder (the command its header prints); run from elsewhere, or moved, the scenario derives
/// other ids for the same names, consistently.
/// </remarks>
internal sealed class ServerNames
{
    /// <summary>The server-named things the steps name: the contracts' id property, the steps' kind word, the names' prefix.</summary>
    private static readonly (string Property, string Kind, string Prefix)[] Kinds = [("PicklistId", "picklist", "P"), ("TransferId", "transfer", "T")];

    private readonly Dictionary<Guid, string> _names = [];

    private ServerNames()
    {
    }

    /// <summary>The name of a picklist or transfer of the renamed case, or null for an id the case never cited.</summary>
    public string? NameOf(Guid id) => _names.GetValueOrDefault(id);

    public int Count => _names.Count;

    /// <summary>Nothing named: sales are still named by external id.</summary>
    public static ServerNames None => new();

    /// <summary>The case with its picklists and transfers renamed for the scenario <paramref name="identity"/>, and their names.</summary>
    public static (FoundCase Case, ServerNames Names) Rename(FoundCase found, ScenarioIdentity identity)
    {
        var renames = new Dictionary<Guid, Guid>();
        var names = new ServerNames();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var contract in found.Given.Select(past => (IContract)past.Payload).Append(found.When is SubmitCommand submit ? submit.Command : null))
        {
            foreach (var (property, kind, prefix) in Kinds)
            {
                if (contract is not null && IdOf(contract, property) is { } id && id != Guid.Empty && !renames.ContainsKey(id))
                {
                    counts[kind] = counts.GetValueOrDefault(kind) + 1;
                    var name = $"{prefix}-{counts[kind]}";
                    var derived = identity.DeriveId($"{kind} {name.ToLowerInvariant()}", 0);
                    renames[id] = derived;
                    names._names[derived] = name;
                }
            }
        }

        if (renames.Count == 0)
        {
            return (found, names);
        }

        var given = found.Given.Select(past => new PastEvent(Replace(past.Stream, renames), past.AtUnixMs, ContractText.ReadEvent(past.Payload.GetType().Name, Replace(ContractText.Write(past.Payload), renames)))).ToList();
        var when = found.When is SubmitCommand command
            ? command with { Command = ContractText.ReadCommand(command.Command.GetType().Name, Replace(ContractText.Write(command.Command), renames)) }
            : found.When;
        return (found with { Given = given, When = when }, names);
    }

    /// <summary>The id a contract cites in <paramref name="property"/>, if any.</summary>
    private static Guid? IdOf(IContract contract, string property) =>
        contract.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)?.GetValue(contract) as Guid?;

    private static string Replace(string text, Dictionary<Guid, Guid> renames)
    {
        foreach (var (from, to) in renames)
        {
            text = text.Replace(from.ToString(), to.ToString(), StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }
}
