using System.Runtime.InteropServices;

namespace Specs.Inventory.Host;

/// <summary>
/// SIGINT stops the server as the docs say, also when the process inherited it ignored. A shell without job control
/// (a script's <c>serve ... &amp;</c>) starts a background job with SIGINT and SIGQUIT ignored, and .NET respects an
/// ignored signal: it installs no handler for it (System.Native's <c>InstallSignalHandler</c>), so neither the host's
/// console lifetime nor any PosixSignalRegistration ever hears SIGINT, and the server went on serving while SIGTERM
/// stopped it. Registering for SIGINT cannot help; putting its disposition back to the default before .NET first sets
/// up its signal handling (on the first use of Console, Process or PosixSignalRegistration) does: .NET then installs
/// its handler as in a foreground process, and SIGINT drains and stops the server like SIGTERM.
/// </summary>
/// <remarks>
/// Linux only (glibc's <c>libc.so.6</c>); elsewhere, or where that library is missing (musl), nothing changes and
/// SIGTERM is the way to stop a server started ignoring SIGINT. Only SIGINT is restored: the docs promise nothing of
/// SIGQUIT, whose default is a core dump.
/// </remarks>
internal static unsafe partial class InterruptSignal
{
    private const int SigInt = 2;

    /// <summary>SIG_IGN, the handler value of an ignored signal.</summary>
    private const nint Ignored = 1;

    /// <summary>Larger than <c>struct sigaction</c> on any Linux ABI (152 bytes on x64 and arm64), whose handler comes first.</summary>
    private const int SigactionBytes = 512;

    /// <summary>
    /// Puts SIGINT back to its default when it was inherited ignored; whether it did. Call it first thing in Main:
    /// once .NET has set up its signal handling, it has taken SIGINT's ignored disposition as final.
    /// </summary>
    public static bool RestoreIfIgnored()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            var current = stackalloc byte[SigactionBytes];
            new Span<byte>(current, SigactionBytes).Clear();
            if (Sigaction(SigInt, null, current) != 0 || *(nint*)current != Ignored)
            {
                return false;
            }

            // All zeros: the handler SIG_DFL, no blocked signals, no flags.
            var byDefault = stackalloc byte[SigactionBytes];
            new Span<byte>(byDefault, SigactionBytes).Clear();
            return Sigaction(SigInt, byDefault, null) == 0;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc.so.6", EntryPoint = "sigaction")]
    private static partial int Sigaction(int signal, byte* action, byte* previous);
}
