using System.Diagnostics.CodeAnalysis;
using Specs.Inventory.Contracts.Commands.Catalog;
using Specs.Inventory.Contracts.Events.Catalog;

namespace Specs.Inventory.Domain.Catalog;

/// <summary>
/// Area 1, catalog. Rules (docs/domain-rules.md): SKUs and alternate SKUs are one namespace,
/// unique without regard to case; codes are 1-64 characters, names 1-200, at most 50 alternates;
/// commands cite an existing product by SKU or alternate, and only active products are stocked;
/// an update that changes nothing records nothing; tracking can't change while units are
/// in stock; a product can't be deactivated while units are in stock.
/// </summary>
public static class CatalogRules
{
    public const string CodesUnique = "R-1.1";
    public const string CodesWellFormed = "R-1.2";
    public const string OnlyActiveProductsUsed = "R-1.3";
    public const string UnchangedUpdatesIgnored = "R-1.4";
    public const string TrackingFixedWhileStocked = "R-1.5";
    public const string DeactivatedOnlyWithoutStock = "R-1.6";

    public const int MaxAlternateSkus = 50;

    public static Decision Decide(CreateProduct command, InventoryState state, DecisionContext context)
    {
        var sku = Codes.Normalize(command.Sku);
        var name = Codes.Normalize(command.Name);
        if ((Codes.Check(CodeKind.Sku, sku) ?? CheckName(sku, name) ?? CheckUnused(state.Catalog, sku)) is { } refused)
        {
            return Decision.Refuse(refused);
        }

        return Decision.Accept(StreamOf(sku), new ProductCreated
        {
            ProductId = context.Ids.NextId(),
            Sku = sku,
            Name = name,
            Tracking = command.Tracking,
            Description = DescriptionOf(command.Description),
        });
    }

    public static Decision Decide(UpdateProduct command, InventoryState state)
    {
        if (!RequireExisting(state.Catalog, command.Sku, out var product, out var unknown))
        {
            return Decision.Refuse(unknown);
        }

        var name = Codes.Normalize(command.Name);
        var description = DescriptionOf(command.Description);
        if (CheckName(product.Sku, name) is { } invalid)
        {
            return Decision.Refuse(invalid);
        }

        return name == product.Name && description == product.Description
            ? Decision.Accept(StreamOf(product.Sku))
            : Decision.Accept(StreamOf(product.Sku), new ProductUpdated { Sku = product.Sku, Name = name, Description = description });
    }

    public static Decision Decide(AddAlternateSku command, InventoryState state)
    {
        if (!RequireExisting(state.Catalog, command.Sku, out var product, out var unknown))
        {
            return Decision.Refuse(unknown);
        }

        var alternate = Codes.Normalize(command.AlternateSku);
        if (Codes.Check(CodeKind.AlternateSku, alternate) is { } invalid)
        {
            return Decision.Refuse(invalid);
        }

        if (product.AlternateSkus.Contains(alternate, StringComparer.OrdinalIgnoreCase))
        {
            return Decision.Accept(StreamOf(product.Sku));
        }

        if (CheckUnused(state.Catalog, alternate) is { } used)
        {
            return Decision.Refuse(used);
        }

        return product.AlternateSkus.Count >= MaxAlternateSkus
            ? Decision.Refuse(new TooManyAlternateSkus(product.Sku, MaxAlternateSkus))
            : Decision.Accept(StreamOf(product.Sku), new AlternateSkuAdded { Sku = product.Sku, AlternateSku = alternate });
    }

    public static Decision Decide(SetTracking command, InventoryState state)
    {
        if (!RequireExisting(state.Catalog, command.Sku, out var product, out var unknown))
        {
            return Decision.Refuse(unknown);
        }

        if (product.Tracking == command.Tracking)
        {
            return Decision.Accept(StreamOf(product.Sku));
        }

        var units = state.Stock.Of(product.Sku).UnitsInStock;
        return units > 0
            ? Decision.Refuse(new ProductHasStock(product.Sku, units, TrackingFixedWhileStocked))
            : Decision.Accept(StreamOf(product.Sku), new TrackingChanged { Sku = product.Sku, Tracking = command.Tracking, PreviousTracking = product.Tracking });
    }

    public static Decision Decide(DeactivateProduct command, InventoryState state)
    {
        if (!RequireExisting(state.Catalog, command.Sku, out var product, out var unknown))
        {
            return Decision.Refuse(unknown);
        }

        if (!product.IsActive)
        {
            return Decision.Accept(StreamOf(product.Sku));
        }

        var units = state.Stock.Of(product.Sku).UnitsInStock;
        return units > 0
            ? Decision.Refuse(new ProductHasStock(product.Sku, units, DeactivatedOnlyWithoutStock))
            : Decision.Accept(StreamOf(product.Sku), new ProductDeactivated { Sku = product.Sku });
    }

    /// <summary>What other areas call to find the product a SKU or alternate SKU names: true when it exists, else false with the refusal.</summary>
    public static bool RequireExisting(CatalogState state, string code, [NotNullWhen(true)] out Product? product, [NotNullWhen(false)] out DomainError? refusal)
    {
        var normalized = Codes.Normalize(code);
        product = state.Resolve(normalized);
        refusal = product is null ? new UnknownProduct(normalized) : null;
        return product is not null;
    }

    /// <summary>What other areas call before stocking a product or using it in a kit: true when it exists and is active, else false with the refusal.</summary>
    public static bool RequireActive(CatalogState state, string code, [NotNullWhen(true)] out Product? product, [NotNullWhen(false)] out DomainError? refusal)
    {
        if (RequireExisting(state, code, out product, out refusal) && !product.IsActive)
        {
            refusal = new InactiveProduct(product.Sku);
            product = null;
        }

        return product is not null;
    }

    public static CatalogState Evolve(CatalogState state, ProductCreated created) =>
        state.With(new Product(created.ProductId, created.Sku, created.Name, created.Description, created.Tracking, IsActive: true));

    public static CatalogState Evolve(CatalogState state, ProductUpdated updated) =>
        Apply(state, updated.Sku, product => product with { Name = updated.Name, Description = updated.Description });

    public static CatalogState Evolve(CatalogState state, AlternateSkuAdded added) =>
        state.WithAlternate(added.Sku, added.AlternateSku);

    public static CatalogState Evolve(CatalogState state, TrackingChanged changed) =>
        Apply(state, changed.Sku, product => product with { Tracking = changed.Tracking });

    public static CatalogState Evolve(CatalogState state, ProductDeactivated deactivated) =>
        Apply(state, deactivated.Sku, product => product with { IsActive = false });

    /// <summary>The stream of a product's catalog entry (and its kit definition): the SKU, lower-cased because codes ignore case.</summary>
    public static string StreamOf(string sku) => $"product/{sku.ToLowerInvariant()}";

    private static DomainError? CheckName(string sku, string name) =>
        Codes.IsWellFormedName(name) ? null : new InvalidProductName(sku, name, Codes.MaxNameLength);

    private static DomainError? CheckUnused(CatalogState state, string code) =>
        state.Resolve(code) is { } owner ? new CodeAlreadyUsed(code, state.SpellingOf(code)!, owner.Sku) : null;

    /// <summary>A blank description is no description, so "" and absent mean the same.</summary>
    private static string? DescriptionOf(string? description) =>
        string.IsNullOrWhiteSpace(description) ? null : description.Trim();

    private static CatalogState Apply(CatalogState state, string sku, Func<Product, Product> change) =>
        state.Products.GetValueOrDefault(sku) is { } product ? state.With(change(product)) : state;
}
