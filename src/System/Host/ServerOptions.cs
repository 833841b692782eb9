using Specs.Inventory.Node;
using Specs.Inventory.Storage;

namespace Specs.Inventory.Host;

/// <summary>What <c>serve</c> is given, checked before anything starts.</summary>
public sealed record ServerOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Default request body limit: far above any command, far below anything that strains memory.</summary>
    public const long DefaultMaxBodyBytes = 1L << 20;

    public const long MaxMaxBodyBytes = 64L << 20;

    /// <summary>The data folder (created when missing).</summary>
    public required string DataFolder { get; init; }

    /// <summary>Where Kestrel listens; loopback unless the admin says otherwise. Port 0 picks a free port.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>When set, every endpoint but /health requires <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    public string? BearerToken { get; init; }

    /// <summary>Largest request body accepted; a larger one is answered 413 before it is read.</summary>
    public long MaxBodyBytes { get; init; } = DefaultMaxBodyBytes;

    public PipelineOptions Pipeline { get; init; } = new();

    /// <summary>
    /// Maps <c>POST /api/clock/advance</c>, so a caller (a scenario, a test) can move the node's time
    /// forward and fire due timers. Off by default: in production only the wall clock moves time.
    /// </summary>
    public bool AllowClockAdvance { get; init; }

    /// <summary>Opens the data folder's store. Tests wrap it; by default a durable LMDB environment.</summary>
    public Func<string, IKeyValueStore>? OpenStore { get; init; }

    /// <summary>
    /// When set, the server is one replica of a cluster (<c>serve --node-id N --peers ...</c>): commands are
    /// replicated through the leader, and the data folder holds the node's journal and state stores.
    /// </summary>
    public ClusterOptions? Cluster { get; init; }

    /// <summary>Whether to log to the console (the executable does; tests do not).</summary>
    public bool ConsoleLogging { get; init; }

    /// <exception cref="ArgumentException">an option is out of its range.</exception>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(DataFolder);
        ArgumentException.ThrowIfNullOrWhiteSpace(Urls);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBodyBytes, 1, nameof(MaxBodyBytes));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxBodyBytes, MaxMaxBodyBytes, nameof(MaxBodyBytes));
        if (BearerToken is { Length: 0 })
        {
            throw new ArgumentException("The bearer token is empty; omit it to run without one.", nameof(BearerToken));
        }

        Pipeline.Validate();
        Cluster?.Validate();
        if (Cluster is not null && AllowClockAdvance)
        {
            throw new ArgumentException("A cluster node takes its time from the leader's clock; --allow-clock-advance is for a single node.", nameof(AllowClockAdvance));
        }
    }
}
