using System.Globalization;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Specs.Inventory.Host;

/// <summary>
/// Why the server could not listen where <c>--urls</c> or <c>--peers</c> asked, in words, as an
/// <see cref="UnusableOptionException"/>. Kestrel reports a port in use as "Failed to bind to address ...", an address of
/// another machine as a bare "Cannot assign requested address" with a stack trace, and the peers' listener threw the
/// socket's own exception: none named the option or said what to do.
/// </summary>
internal static partial class ListenRefusal
{
    private const string OtherUrlsPort = "give another port in --urls";

    /// <summary>The refusal of a <c>--urls</c> address, or null when <paramref name="problem"/> is no socket's refusal.</summary>
    public static UnusableOptionException? OfUrls(string urls, Exception problem)
    {
        if (SocketErrorOf(problem) is not { } error)
        {
            return null;
        }

        // Name the entry that failed when it can be told: the only one, or the one whose port Kestrel's message names.
        var entries = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var addresses = entries.Select(Microsoft.AspNetCore.Http.BindingAddress.Parse).ToArray();
        var named = addresses.Length == 1 ? 0 : Array.FindIndex(addresses, address => NamesPort(problem, address.Port));
        return named >= 0
            ? new UnusableOptionException("--urls", entries[named], Why(error, addresses[named].Host, addresses[named].Port, OtherUrlsPort), problem)
            : new UnusableOptionException("--urls", urls, Why(error, host: null, port: null, OtherUrlsPort), problem);
    }

    /// <summary>The refusal of this node's own entry of <c>--peers</c>, or null when <paramref name="problem"/> is no socket's refusal.</summary>
    public static UnusableOptionException? OfPeers(ClusterOptions cluster, Exception problem) =>
        SocketErrorOf(problem) is { } error
            ? new UnusableOptionException("--peers", $"{cluster.NodeId}={cluster.Listen}",
                "this node listens for its peers there, and " + Why(error, cluster.Listen.Address.ToString(), cluster.Listen.Port, "give this node another port in --peers, on every member"), problem)
            : null;

    private static string Why(SocketError error, string? host, int? port, string otherPort) => error switch
    {
        SocketError.AddressAlreadyInUse =>
            $"{(port is { } inUse ? $"the port {inUse.ToString(CultureInfo.InvariantCulture)} is" : "a port of it is")} in use by another program; stop that program, or {otherPort}",
        SocketError.AddressNotAvailable =>
            $"{(host is null ? "an address of it" : host)} is not an address of this machine; give one of its own (127.0.0.1: this machine only, 0.0.0.0: every network)",
        SocketError.AccessDenied =>
            $"this user may not listen on {(port is { } denied ? $"the port {denied.ToString(CultureInfo.InvariantCulture)}" : "its port")} (ports below 1024 need privileges); give a port of 1024 or more",
        _ => $"the system refused to listen there ({error})",
    };

    /// <summary>The socket error inside <paramref name="problem"/> (Kestrel wraps it, once or twice), or null.</summary>
    private static SocketError? SocketErrorOf(Exception problem)
    {
        for (Exception? current = problem; current is not null; current = current.InnerException)
        {
            if (current is SocketException socket)
            {
                return socket.SocketErrorCode;
            }
        }

        return null;
    }

    private static bool NamesPort(Exception problem, int port)
    {
        for (Exception? current = problem; current is not null; current = current.InnerException)
        {
            foreach (Match match in PortInMessage().Matches(current.Message))
            {
                if (match.Groups["port"].Value == port.ToString(CultureInfo.InvariantCulture))
                {
                    return true;
                }
            }
        }

        return false;
    }

    [GeneratedRegex(@":(?<port>[0-9]+)(?![0-9])")]
    private static partial Regex PortInMessage();
}
