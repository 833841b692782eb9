using Specs.Inventory.Contracts;
using Specs.Inventory.Node;
using Specs.Inventory.Storage;
using Specs.Inventory.Views;

namespace Specs.Inventory.Host;

/// <summary>What every endpoint reads: the pipeline, the store for queries, the contract shapes, the views, the counters.</summary>
internal sealed class ApiState
{
    public ApiState(CommandPipeline? pipeline, IKeyValueStore store, IReadOnlyList<IView> views, ServerOptions options)
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

    /// <summary>The single node's pipeline; null on a cluster node, whose commands go through <see cref="Cluster"/>.</summary>
    public CommandPipeline? Pipeline { get; }

    /// <summary>The replica this server fronts (null: a single node).</summary>
    public ClusterNode? Cluster { get; init; }

    /// <summary>The pipeline's counters (all zero on a cluster node).</summary>
    public PipelineStatistics Statistics => Pipeline?.Statistics ?? new PipelineStatistics(0, 0, 0, 0, 0, 0, 0);

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
