using Specs.Inventory.Contracts;
using Specs.Inventory.Node;
using Specs.Inventory.Storage;
using Specs.Inventory.Views;

namespace Specs.Inventory.Host;

/// <summary>What every endpoint reads: the pipeline, the store for queries, the contract shapes, the views, the counters.</summary>
internal sealed class ApiState
{
    public ApiState(CommandPipeline pipeline, IKeyValueStore store, IReadOnlyList<IView> views, ServerOptions options)
    {
        Pipeline = pipeline;
        Store = store;
        Views = views;
        Options = options;
        Shapes = ContractShape.BuildAll();
        Commands = Shapes.Values.Where(shape => shape.Descriptor.Kind == ContractKind.Command).ToDictionary(shape => shape.Name, StringComparer.Ordinal);
        Events = Shapes.Values.Where(shape => shape.Descriptor.Kind == ContractKind.Event).ToDictionary(shape => shape.Descriptor.Id);
        ViewsByName = views.ToDictionary(view => view.Name, StringComparer.Ordinal);
        OpenApi = OpenApiDocument.Build(this);
    }

    public CommandPipeline Pipeline { get; }

    public IKeyValueStore Store { get; }

    public IReadOnlyList<IView> Views { get; }

    public ServerOptions Options { get; }

    public IReadOnlyDictionary<Type, ContractShape> Shapes { get; }

    /// <summary>Commands by contract name, as in <c>POST /api/commands/{name}</c>.</summary>
    public IReadOnlyDictionary<string, ContractShape> Commands { get; }

    /// <summary>Events by contract id, to decode the log.</summary>
    public IReadOnlyDictionary<int, ContractShape> Events { get; }

    public IReadOnlyDictionary<string, IView> ViewsByName { get; }

    public ApiMetrics Metrics { get; } = new();

    /// <summary>The OpenAPI document, rendered once: the contracts do not change while the server runs.</summary>
    public byte[] OpenApi { get; }
}
