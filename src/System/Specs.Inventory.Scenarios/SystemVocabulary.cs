using Specs.Inventory.Contracts;
using Specs.Inventory.Domain;

namespace Specs.Inventory.Scenarios;

/// <summary>
/// Every command, event and domain error of the inventory system, by the type name a scenario record uses
/// (the When's type, an expected event's type, a refusal's error): what a coverage report must find
/// exercised. Commands and events come from the generated <see cref="ContractCatalog"/>; domain errors are
/// every concrete <see cref="DomainError"/> of the core assembly, so a new error is listed without anyone
/// remembering to list it.
/// </summary>
public static class SystemVocabulary
{
    /// <summary>Command contracts, in catalog (contract id) order.</summary>
    public static IReadOnlyList<string> Commands { get; } = Of(ContractKind.Command);

    /// <summary>Event contracts, in catalog (contract id) order.</summary>
    public static IReadOnlyList<string> Events { get; } = Of(ContractKind.Event);

    /// <summary>Concrete domain error types, ordered by name.</summary>
    public static IReadOnlyList<string> Errors { get; } = typeof(DomainError).Assembly.GetTypes()
        .Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false } && type.IsSubclassOf(typeof(DomainError)))
        .Select(type => type.Name)
        .Order(StringComparer.Ordinal)
        .ToList();

    private static List<string> Of(ContractKind kind) =>
        ContractCatalog.Contracts.Where(contract => contract.Kind == kind).Select(contract => contract.ClrType.Name).ToList();
}
