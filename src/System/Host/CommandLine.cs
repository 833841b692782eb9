using System.Globalization;

namespace Specs.Inventory.Host;

/// <summary>What the executable was asked to do.</summary>
internal abstract record HostCommand;

internal sealed record ServeCommand(ServerOptions Options) : HostCommand;

internal sealed record BackupCommand(string DataFolder, string ToFile) : HostCommand;

internal sealed record HelpCommand : HostCommand;

/// <summary>Bad arguments: one line for the admin, exit code 2.</summary>
internal sealed class CommandLineException(string message) : Exception(message);

/// <summary>
/// Parses <c>serve --data DIR [--urls URL] [--token TOKEN] [--max-body BYTES]</c>,
/// <c>backup --data DIR --to FILE</c> and <c>--help</c>. Every option takes one value; unknown or
/// repeated options and missing values are errors.
/// </summary>
internal static class CommandLine
{
    public const string Usage =
        "usage: specs-inventory serve --data DIR [--urls URL] [--token TOKEN] [--max-body BYTES] [--allow-clock-advance true]\n" +
        "       specs-inventory serve --data DIR --node-id N --peers 1=IP:PORT,2=IP:PORT,3=IP:PORT [--rejoin true] [--urls URL] [--token TOKEN]\n" +
        "       specs-inventory backup --data DIR --to FILE\n" +
        "       specs-inventory --help\n" +
        "\n" +
        "serve   runs the HTTP API over the data folder DIR (created when missing). --urls defaults to\n" +
        "        " + ServerOptions.DefaultUrls + " (loopback); --token requires 'Authorization: Bearer TOKEN'\n" +
        "        on every endpoint but /health (the SPECS_TOKEN environment variable works too);\n" +
        "        --max-body limits request bodies (default 1048576 bytes). SIGINT/SIGTERM stop it after\n" +
        "        committing every command already accepted. --allow-clock-advance true maps\n" +
        "        POST /api/clock/advance {\"toUnixMs\": T} (for scenarios and tests; never in production).\n" +
        "        With --node-id and --peers the server is node N of a replicated cluster: it talks to its\n" +
        "        peers over TCP (listening on its own entry of --peers), keeps DIR/journal and DIR/state,\n" +
        "        and answers a command it cannot take (it does not lead) with 421 naming the leader.\n" +
        "        Commands need an Idempotency-Key. --rejoin true: this node's data was lost or replaced;\n" +
        "        it catches up before it votes (never for the first start of a new cluster).\n" +
        "backup  writes a consistent, compacted copy of DIR's store to FILE (which must not exist), also\n" +
        "        while a server runs on DIR. To restore: put FILE into an empty folder as data.mdb.\n";

    public static HostCommand Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        if (args.Count == 0)
        {
            throw new CommandLineException("no command given: use 'serve', 'backup' or '--help'");
        }

        // `serve --help` asks for help as surely as `--help` does; read as an option it "needed a value".
        if (args[0] is "--help" or "-h" or "help" || args.Skip(1).Any(argument => argument is "--help" or "-h"))
        {
            return new HelpCommand();
        }

        var options = Options(args);
        switch (args[0])
        {
            case "serve":
                Allow(options, "serve", "--data", "--urls", "--token", "--max-body", "--allow-clock-advance", "--node-id", "--peers", "--rejoin");
                return new ServeCommand(new ServerOptions
                {
                    DataFolder = DataFolder(Required(options, "--data")),
                    Urls = Urls(options.GetValueOrDefault("--urls") ?? ServerOptions.DefaultUrls),
                    BearerToken = options.TryGetValue("--token", out var token) ? Token(token, "--token") : Token(environment("SPECS_TOKEN"), "SPECS_TOKEN"),
                    MaxBodyBytes = options.TryGetValue("--max-body", out var maxBody) ? Bytes(maxBody) : ServerOptions.DefaultMaxBodyBytes,
                    AllowClockAdvance = options.TryGetValue("--allow-clock-advance", out var clock) && Switch("--allow-clock-advance", clock),
                    ConsoleLogging = true,
                    Cluster = Cluster(options),
                });
            case "backup":
                Allow(options, "backup", "--data", "--to");
                return new BackupCommand(DataFolder(Required(options, "--data")), Required(options, "--to"));
            default:
                throw new CommandLineException($"unknown command '{args[0]}': use 'serve', 'backup' or '--help'");
        }
    }

    private static ClusterOptions? Cluster(Dictionary<string, string> options)
    {
        var nodeId = options.GetValueOrDefault("--node-id");
        var peers = options.GetValueOrDefault("--peers");
        if (nodeId is null && peers is null)
        {
            return options.ContainsKey("--rejoin") ? throw new CommandLineException("--rejoin needs --node-id and --peers") : null;
        }

        if (nodeId is null || peers is null)
        {
            throw new CommandLineException("a cluster node needs both --node-id and --peers");
        }

        if (!int.TryParse(nodeId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id < 1)
        {
            throw new CommandLineException($"--node-id must be a whole number of 1 or more; it is '{nodeId}'");
        }

        IReadOnlyDictionary<int, System.Net.IPEndPoint> members;
        try
        {
            members = ClusterOptions.ParsePeers(peers);
        }
        catch (FormatException problem)
        {
            throw new CommandLineException($"--peers: {problem.Message}");
        }

        if (!members.ContainsKey(id))
        {
            throw new CommandLineException($"--peers does not list this node ({id}); list every member, this one included");
        }

        if (options.ContainsKey("--allow-clock-advance"))
        {
            throw new CommandLineException("--allow-clock-advance is for a single node: a cluster node takes its time from the leader");
        }

        return new ClusterOptions
        {
            NodeId = id,
            Peers = members,
            Rejoin = options.TryGetValue("--rejoin", out var rejoin) && Switch("--rejoin", rejoin),
        };
    }

    private static Dictionary<string, string> Options(IReadOnlyList<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i += 2)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal))
            {
                throw new CommandLineException($"unexpected argument '{name}': options are written --name VALUE");
            }

            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                throw new CommandLineException($"option {name} needs a value");
            }

            if (!options.TryAdd(name, args[i + 1]))
            {
                throw new CommandLineException($"option {name} is given twice");
            }
        }

        return options;
    }

    private static void Allow(Dictionary<string, string> options, string command, params string[] allowed)
    {
        foreach (var name in options.Keys)
        {
            if (!allowed.Contains(name))
            {
                throw new CommandLineException($"'{command}' has no option {name}; it takes {string.Join(", ", allowed)}");
            }
        }
    }

    /// <summary>A value of blanks only is refused here: ServerOptions refuses it too, but that surfaced as a stack trace.</summary>
    private static string Required(Dictionary<string, string> options, string name) =>
        !options.TryGetValue(name, out var value) || value.Length == 0 ? throw new CommandLineException($"option {name} is required")
        : string.IsNullOrWhiteSpace(value) ? throw new CommandLineException($"option {name} is blank; give it a path")
        : value;

    /// <summary>The data folder may be missing (serve creates it), never a file.</summary>
    private static string DataFolder(string path) =>
        File.Exists(path)
            ? throw new CommandLineException($"--data {path} is a file; --data names the data folder (serve creates it when missing)")
            : path;

    /// <summary>
    /// Checks every address of --urls (Kestrel's list, separated by ';') before anything opens the data folder: a
    /// malformed one made the web host throw from inside its start, after the store was opened and its views rebuilt.
    /// </summary>
    private static string Urls(string urls)
    {
        var entries = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (entries.Length == 0)
        {
            throw new CommandLineException("--urls is empty; give an address such as " + ServerOptions.DefaultUrls);
        }

        foreach (var entry in entries)
        {
            Microsoft.AspNetCore.Http.BindingAddress address;
            try
            {
                address = Microsoft.AspNetCore.Http.BindingAddress.Parse(entry);
            }
            catch (Exception problem) when (problem is FormatException or ArgumentException)
            {
                throw new CommandLineException($"--urls: '{entry}' is not an address such as {ServerOptions.DefaultUrls} ({problem.Message})");
            }

            // The server has no certificate to offer (nothing configures one): an https address made Kestrel throw
            // from inside its start, a stack trace and exit code 134 after the store had been opened.
            if (address.Scheme == "https")
            {
                throw new CommandLineException($"--urls: '{entry}' asks for https, but the server speaks plain http; give an http:// address and put a TLS proxy in front of it for https");
            }

            if (address.Scheme != "http")
            {
                throw new CommandLineException($"--urls: '{entry}' uses the scheme '{address.Scheme}'; the server speaks http");
            }

            if (!address.IsUnixPipe && address.Port is < 0 or > 65535)
            {
                throw new CommandLineException($"--urls: '{entry}' has the port {address.Port}; a port is 0 to 65535");
            }
        }

        return urls;
    }

    private static bool Switch(string name, string value) => value switch
    {
        "true" or "on" or "yes" => true,
        "false" or "off" or "no" => false,
        _ => throw new CommandLineException($"{name} takes true or false; it is '{value}'"),
    };

    private static string? Token(string? token, string source) => token switch
    {
        null => null,
        { Length: 0 } => throw new CommandLineException($"the token is empty; {(source == "--token" ? "omit --token" : "unset SPECS_TOKEN")} to run without one"),
        _ => token,
    };

    private static long Bytes(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) && bytes >= 1 && bytes <= ServerOptions.MaxMaxBodyBytes
            ? bytes
            : throw new CommandLineException($"--max-body must be a whole number of bytes from 1 to {ServerOptions.MaxMaxBodyBytes}; it is '{text}'");
}
