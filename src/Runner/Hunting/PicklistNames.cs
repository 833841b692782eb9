using System.Reflection;
using Specs.Inventory.Contracts;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Scenarios;

namespace Specs.Runner.Hunting;

/// <summary>
/// Names the picklists of a found case the way the corpus does ("P-1", "P-2", in order of first appearance) and gives
/// each the id the picking steps derive for that name in the found scenario (FulfilmentContext: the scenario's
/// identity's <see cref="ScenarioIdentity.DeriveId"/> of "picklist p-1"), so a Given "a picklist "P-1" in ..."
/// records exactly the contract the renamed case holds.
/// </summary>
/// <remarks>
/// A picklist's id is the server's choice (the id port), so which id it is carries no meaning: the renamed case is
/// the same history with other names. The hunter still runs the renamed case (<see cref="FoundCase.Breaks"/>) and
/// keeps it only when it breaks the same invariant. The ids are those of the scenario at the path the hunter writes,
/// run from the working folder (the command its header prints); run from elsewhere, or moved, the scenario derives
/// other ids for the same names, consistently.
/// </remarks>
internal sealed class PicklistNames
{
    private readonly Dictionary<Guid, string> _names = [];

    private PicklistNames()
    {
    }

    /// <summary>The name of a picklist of the renamed case, or null for an id the case never cited.</summary>
    public string? NameOf(Guid picklistId) => _names.GetValueOrDefault(picklistId);

    public int Count => _names.Count;

    /// <summary>No picklist named: sales are still named by external id.</summary>
    public static PicklistNames None => new();

    /// <summary>The case with its picklists renamed for the scenario <paramref name="identity"/>, and their names.</summary>
    public static (FoundCase Case, PicklistNames Names) Rename(FoundCase found, ScenarioIdentity identity)
    {
        var renames = new Dictionary<Guid, Guid>();
        var names = new PicklistNames();
        foreach (var contract in found.Given.Select(past => (IContract)past.Payload).Append(found.When is SubmitCommand submit ? submit.Command : null))
        {
            if (contract is not null && PicklistOf(contract) is { } id && id != Guid.Empty && !renames.ContainsKey(id))
            {
                var name = $"P-{renames.Count + 1}";
                var derived = identity.DeriveId($"picklist {name.ToLowerInvariant()}", 0);
                renames[id] = derived;
                names._names[derived] = name;
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

    /// <summary>The picklist a contract cites (its <c>PicklistId</c>), if any.</summary>
    private static Guid? PicklistOf(IContract contract) =>
        contract.GetType().GetProperty("PicklistId", BindingFlags.Public | BindingFlags.Instance)?.GetValue(contract) as Guid?;

    private static string Replace(string text, Dictionary<Guid, Guid> renames)
    {
        foreach (var (from, to) in renames)
        {
            text = text.Replace(from.ToString(), to.ToString(), StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }
}
