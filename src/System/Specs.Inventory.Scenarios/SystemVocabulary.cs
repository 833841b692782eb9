using Specs.Inventory.Contracts;
using Specs.Inventory.Domain;
using Specs.Inventory.Pipeline;

namespace Specs.Inventory.Scenarios;

/// <summary>
/// Every command, event and domain error of the inventory system, by the type name a scenario record uses
/// (the When's type, an expected event's type, a refusal's error): what a coverage report must find
/// exercised. Commands and events come from the generated <see cref="ContractCatalog"/>; domain errors are
/// every concrete <see cref="DomainError"/> of the core assembly, so a new error is listed without anyone
/// remembering to list it, except the codec's <see cref="UnrecognizedRefusal"/>, which no decider returns.
/// </summary>
public static class SystemVocabulary
{
    /// <summary>Command contracts, in catalog (contract id) order.</summary>
    public static IReadOnlyList<string> Commands { get; } = Of(ContractKind.Command);

    /// <summary>Event contracts, in catalog (contract id) order.</summary>
    public static IReadOnlyList<string> Events { get; } = Of(ContractKind.Event);

    /// <summary>Concrete domain error types a decider can refuse with, ordered by name.</summary>
    public static IReadOnlyList<string> Errors { get; } = typeof(DomainError).Assembly.GetTypes()
        .Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false } && type.IsSubclassOf(typeof(DomainError)))
        // UnrecognizedRefusal is no rule's refusal: it is how a stored response decodes when its error type has
        // since been renamed or removed (CommandResponseCodec), so no scenario on this build can meet it and a
        // coverage report that demanded it would demand the impossible.
        .Where(type => type != typeof(UnrecognizedRefusal))
        .Select(type => type.Name)
        .Order(StringComparer.Ordinal)
        .ToList();

    private static List<string> Of(ContractKind kind) =>
        ContractCatalog.Contracts.Where(contract => contract.Kind == kind).Select(contract => contract.ClrType.Name).ToList();
}
