using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Specs.Inventory.Node;
using Specs.Inventory.Ports;
using Specs.Inventory.Storage;
using Specs.Inventory.Storage.Lmdb;
using Specs.Inventory.Views;

namespace Specs.Inventory.Host;

/// <summary>
/// The running server: the data folder's store, the command pipeline over it, and Kestrel in front.
/// Start checks the data format, reports the views the pipeline rebuilds, starts the writer (which
/// replays the log) and then listens. Stop closes the listener, lets requests in flight finish, drains
/// the pipeline's queue (everything accepted is committed) and closes the store.
/// </summary>
public sealed class InventoryServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CommandPipeline? _pipeline;
    private readonly ClusterNode? _cluster;
    private readonly IReadOnlyList<IKeyValueStore> _stores;
    private readonly DataFolderLock _folderLock;
    private int _stopped;

    /// <summary>How far past the body limit Kestrel still reads (and discards) a request, to answer 413 cleanly.</summary>
    private const long DrainAllowanceBytes = 1L << 20;

    private InventoryServer(WebApplication app, CommandPipeline? pipeline, ClusterNode? cluster, IReadOnlyList<IKeyValueStore> stores, DataFolderLock folderLock, IReadOnlyList<Uri> addresses, IReadOnlyList<string> rebuiltViews)
    {
        _app = app;
        _folderLock = folderLock;
        _pipeline = pipeline;
        _cluster = cluster;
        _stores = stores;
        Addresses = addresses;
        RebuiltViews = rebuiltViews;
    }

    /// <summary>Where Kestrel listens (with the real port when port 0 was asked for).</summary>
    public IReadOnlyList<Uri> Addresses { get; }

    /// <summary>The views rebuilt from the log at start-up: missing, behind the log, or of another definition version.</summary>
    public IReadOnlyList<string> RebuiltViews { get; }

    public PipelineStatistics Statistics => _pipeline?.Statistics ?? new PipelineStatistics(0, 0, 0, 0, 0, 0, 0);

    /// <summary>The replica this server fronts (null: a single node).</summary>
    public ClusterNode? Cluster => _cluster;

    /// <summary>Completes when the host is asked to stop (SIGINT, SIGTERM, or <see cref="StopAsync"/>).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <exception cref="IncompatibleDataFormatException">the data folder holds another format; nothing was changed.</exception>
    /// <exception cref="DataFolderInUseException">another server holds the data folder; nothing was opened.</exception>
    /// <exception cref="NotADataFolderException">the folder holds other files and none of a server's; nothing was written.</exception>
    /// <exception cref="UnusableOptionException">the data folder cannot be created or written, or the server cannot listen where
    /// it was asked (a port in use); what this start added to the data folder was removed.</exception>
    public static async Task<InventoryServer> StartAsync(ServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        // What a server writes in its folder: a single node's LMDB file, a cluster node's two stores (and the lock).
        if (options.Cluster is null)
        {
            NotADataFolderException.ThrowIfForeign(options.DataFolder, ["data.mdb"], ["journal", "state"], "a cluster node");
        }
        else
        {
            NotADataFolderException.ThrowIfForeign(options.DataFolder, ["journal", "state"], ["data.mdb"], "a single node");
        }

        var footprint = DataFolderFootprint.Make(options.DataFolder);
        DataFolderLock folderLock;
        try
        {
            folderLock = DataFolderLock.Take(options.DataFolder);
        }
        catch (UnusableOptionException)
        {
            // Not on DataFolderInUseException: a folder another server holds is that server's, however new it looked here.
            footprint.TakeBack();
            throw;
        }

        try
        {
            return options.Cluster is not null
                ? await StartClusterNodeAsync(options, folderLock, cancellationToken).ConfigureAwait(false)
                : await StartSingleNodeAsync(options, folderLock, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // The stores are closed by now. What this start added goes while the lock is still held, so that no other
            // server starts in the folder while it is being removed.
            footprint.TakeBack();
            folderLock.Dispose();
            throw;
        }
    }

    /// <summary>Starts Kestrel on <see cref="ServerOptions.Urls"/>; a port in use or an address of another machine is the admin's to fix.</summary>
    private static async Task ListenAsync(WebApplication app, ServerOptions options, CancellationToken cancellationToken)
    {
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception problem) when (ListenRefusal.OfUrls(options.Urls, problem) is { } refusal)
        {
            throw refusal;
        }
    }

    private static async Task<InventoryServer> StartSingleNodeAsync(ServerOptions options, DataFolderLock folderLock, CancellationToken cancellationToken)
    {
        var open = options.OpenStore ?? OpenLmdb;

        // The format stamp is written by an instance of its own: the writer role of a store sticks to
        // the first thread that writes, and that must be the pipeline's writer thread.
        using (var checking = open(options.DataFolder))
        {
            DataFormat.CheckOrStamp(checking, Path.GetFullPath(options.DataFolder));
        }

        var builder = CreateBuilder(options);
        var store = open(options.DataFolder);
        CommandPipeline? pipeline = null;
        WebApplication? app = null;
        try
        {
            var views = InventoryViews.All;
            var rebuilt = Outdated(store, views);
            var clock = SystemClock.Instance;
            var ids = new TimeOrderedIds(clock, new SplitMix64(BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(sizeof(ulong)))));
            pipeline = await CommandPipeline.StartAsync(store, clock, ids, options.Pipeline, views).ConfigureAwait(false);

            app = builder.Build();
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Specs.Inventory");
            bool newFolder;
            using (var reading = store.BeginRead())
            {
                // A new folder: every view is "outdated" only because none exists yet, which is not news per view.
                newFolder = rebuilt.Count == views.Count && EventStore.EventLog.Head(reading) == 0;
            }

            var api = new ApiState(pipeline, store, views, options);
            Map(app, api, options);
            await ListenAsync(app, options, cancellationToken).ConfigureAwait(false);
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(address => new Uri(address)).ToArray();
            if (logger.IsEnabled(LogLevel.Information))
            {
                // Said once the server listens: a start that fails (a port in use) takes a new folder back, and would
                // have announced one that no longer exists.
                if (newFolder)
                {
                    logger.LogInformation("New data folder: created its {Count} views", views.Count);
                }
                else
                {
                    foreach (var line in rebuilt)
                    {
                        logger.LogInformation("Rebuilt view {View} from the log at start-up", line);
                    }
                }

                logger.LogInformation("Serving {Folder} (data format {Format}) on {Addresses}", Path.GetFullPath(options.DataFolder), DataFormat.Current, string.Join(", ", addresses.Select(address => address.ToString())));
            }
            return new InventoryServer(app, pipeline, null, [store], folderLock, addresses, rebuilt);
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync().ConfigureAwait(false);
            }

            if (pipeline is not null)
            {
                await pipeline.StopAsync().ConfigureAwait(false);
            }

            store.Dispose();
            throw;
        }
    }

    /// <summary>Stops listening, finishes requests in flight, commits everything queued, and closes the store.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return;
        }

        try
        {
            try
            {
                await _app.StopAsync().ConfigureAwait(false);
            }
            finally
            {
                if (_pipeline is not null)
                {
                    await _pipeline.StopAsync().ConfigureAwait(false);
                }

                if (_cluster is not null)
                {
                    await _cluster.DisposeAsync().ConfigureAwait(false);
                }

                await _app.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            // The stores close and the folder is released whatever failed above: a host in the same process (the tests,
            // a restart) must be able to open the folder again.
            try
            {
                foreach (var store in _stores)
                {
                    store.Dispose();
                }
            }
            finally
            {
                _folderLock.Dispose();
            }
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private static WebApplicationBuilder CreateBuilder(ServerOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        if (options.ConsoleLogging)
        {
            builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
            // A start that fails (a port in use) reaches the caller, which says it in one line; the host's own log of
            // it was the whole stack trace on one line before that.
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.Critical);
        }

        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // The API enforces MaxBodyBytes itself and answers 413. Kestrel's own limit sits above it so
            // that Kestrel can drain a body that is a little too large after the 413 and keep the
            // connection: closing a socket with unread data makes TCP reset it, and the client may lose
            // the answer. Far larger bodies still make Kestrel close the connection.
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes + DrainAllowanceBytes;
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(30));
        return builder;
    }

    /// <summary>
    /// A cluster node: the journal (replication log and hard state) in <c>DIR/journal</c>, the event log and
    /// views it applies into in <c>DIR/state</c>, both durable LMDB. The HTTP API reads the state store; commands
    /// go to the replica (see <see cref="ClusterCommand"/>).
    /// </summary>
    private static async Task<InventoryServer> StartClusterNodeAsync(ServerOptions options, DataFolderLock folderLock, CancellationToken cancellationToken)
    {
        var cluster = options.Cluster!;
        var journalFolder = Path.Combine(options.DataFolder, "journal");
        var stateFolder = Path.Combine(options.DataFolder, "state");
        Directory.CreateDirectory(journalFolder);
        Directory.CreateDirectory(stateFolder);
        var open = options.OpenStore ?? OpenLmdb;
        using (var checking = open(stateFolder))
        {
            DataFormat.CheckOrStamp(checking, Path.GetFullPath(stateFolder));
        }

        var builder = CreateBuilder(options);
        var journal = open(journalFolder);
        var state = open(stateFolder);
        ClusterNode? node = null;
        WebApplication? app = null;
        try
        {
            var views = InventoryViews.All;
            app = builder.Build();
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Specs.Inventory.Cluster");
            try
            {
                node = await ClusterNode.StartAsync(cluster, journal, state, views, line =>
                {
                    if (logger.IsEnabled(LogLevel.Information))
                    {
                        logger.LogInformation("{Line}", line);
                    }
                }).ConfigureAwait(false);
            }
            catch (Exception problem) when (ListenRefusal.OfPeers(cluster, problem) is { } refusal)
            {
                throw refusal;
            }

            var api = new ApiState(null, state, views, options) { Cluster = node };
            Map(app, api, options);
            await ListenAsync(app, options, cancellationToken).ConfigureAwait(false);
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(address => new Uri(address)).ToArray();
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Serving {Folder} (data format {Format}) on {Addresses} as node {Node} of {Members}, peers on {Listen}", Path.GetFullPath(options.DataFolder), DataFormat.Current, string.Join(", ", addresses.Select(address => address.ToString())), cluster.NodeId, string.Join(",", cluster.Peers.Keys), cluster.Listen);
            }

            return new InventoryServer(app, null, node, [journal, state], folderLock, addresses, []);
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync().ConfigureAwait(false);
            }

            if (node is not null)
            {
                await node.DisposeAsync().ConfigureAwait(false);
            }

            journal.Dispose();
            state.Dispose();
            throw;
        }
    }

    private static IKeyValueStore OpenLmdb(string folder) =>
        new LmdbStore(new LmdbStoreOptions { Path = folder, Durability = LmdbDurability.Durable });

    private static List<string> Outdated(IKeyValueStore store, IReadOnlyList<IView> views)
    {
        using var transaction = store.BeginRead();
        var shared = ViewSetCheckpoint.Read(transaction);
        return ViewMaintenance.Outdated(transaction, views).Select(view =>
        {
            var stored = ViewCheckpoint.Read(transaction, view.Name, shared);
            return stored is { } checkpoint
                ? $"{view.Name} (stored version {checkpoint.Version} at position {checkpoint.Position}; definition version {view.Version})"
                : $"{view.Name} (no checkpoint; definition version {view.Version})";
        }).ToList();
    }

    private static void Map(WebApplication app, ApiState api, ServerOptions options)
    {
        // Routing answers an unknown path 404 and a known path's wrong method 405 with empty bodies; every other
        // error of the API is a problem document, so these are too.
        app.UseStatusCodePages(context => UnroutedAsync(context.HttpContext, options));
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                api.Metrics.CountResponse(context.Response.StatusCode);
                return Task.CompletedTask;
            });
            await next(context).ConfigureAwait(false);
        });
        // An error of the server itself is a problem document like every other error (Kestrel's own 500 has an empty
        // body), and it goes through the metrics above; its stack trace goes to the log, not to the client.
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context).ConfigureAwait(false);
            }
            catch (BadHttpRequestException malformed) when (!context.Response.HasStarted)
            {
                // A request Kestrel could not read (a broken chunked body, a body shorter than its Content-Length) is
                // the client's mistake: its own status, as Kestrel answered before this handler, not a 500.
                context.Response.Clear();
                await Problem.WriteAsync(context, malformed.StatusCode, "bad-request", "The request could not be read",
                    $"{context.Request.Method} {context.Request.Path}: {malformed.Message}").ConfigureAwait(false);
            }
            catch (Exception failure) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                app.Logger.LogError(failure, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
                context.Response.Clear();
                await Problem.WriteAsync(context, StatusCodes.Status500InternalServerError, "internal", "Internal server error",
                    $"{context.Request.Method} {context.Request.Path} failed inside the server ({failure.GetType().Name}); the log has the details. "
                    + "A command may or may not have been applied: repeat it with the same Idempotency-Key to learn which.").ConfigureAwait(false);
            }
        });
        if (options.BearerToken is { } token)
        {
            var bearer = new BearerToken(token);
            app.Use(bearer.InvokeAsync);
        }

        var commands = new CommandEndpoint(api);
        var queries = new QueryEndpoints(api);
        app.MapPost("/api/commands/{name}", (HttpContext context, string name) => commands.HandleAsync(context, name));
        // Every read answers HEAD too (RFC 9110; load balancers and uptime probes use it): Kestrel sends the head alone.
        string[] read = [HttpMethods.Get, HttpMethods.Head];
        app.MapMethods("/api/commands", read, queries.CommandsAsync);
        app.MapMethods("/api/events", read, queries.EventsAsync);
        app.MapMethods("/api/views", read, queries.ViewsAsync);
        app.MapMethods("/api/views/{name}", read, (HttpContext context, string name) => queries.ViewAsync(context, name));
        app.MapMethods("/health", read, queries.HealthAsync);
        app.MapMethods("/metrics", read, queries.MetricsAsync);
        app.MapMethods("/openapi.json", read, queries.OpenApiAsync);
        if (options.AllowClockAdvance)
        {
            app.MapPost("/api/clock/advance", new ClockEndpoint(api).HandleAsync);
        }
    }

    private static Task UnroutedAsync(HttpContext context, ServerOptions options)
    {
        var request = $"{context.Request.Method} {context.Request.Path}";
        return context.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound when !options.AllowClockAdvance && context.Request.Path.StartsWithSegments("/api/clock") =>
                Problem.WriteAsync(context, StatusCodes.Status404NotFound, "not-found", "No such endpoint",
                    $"{request}: advancing the clock is off; start the server with --allow-clock-advance true (for tests and demonstrations only)"),
            StatusCodes.Status404NotFound =>
                Problem.WriteAsync(context, StatusCodes.Status404NotFound, "not-found", "No such endpoint",
                    $"{request}: no such endpoint; /openapi.json lists them (commands are POST /api/commands/{{CommandName}})"),
            StatusCodes.Status405MethodNotAllowed =>
                Problem.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, "method-not-allowed", "Method not allowed",
                    $"{request}: this endpoint takes {context.Response.Headers.Allow}"),
            _ => Task.CompletedTask,
        };
    }
}
