namespace Specs.Inventory.Host;

/// <summary>
/// An option names something the command cannot use: a data folder it cannot create, a backup file it must not overwrite
/// or cannot write, an address it cannot listen on. Unlike a <see cref="CommandLineException"/> it is found out by trying
/// (only the file system or the network can tell), so it comes after parsing; like it, it is the admin's to fix: one line
/// naming the option, the value given and why, exit code 2, and nothing left behind.
/// </summary>
public sealed class UnusableOptionException(string option, string value, string why, Exception? inner = null)
    : Exception($"{option} {value}: {why}", inner)
{
    /// <summary>The option, as written on the command line (<c>--data</c>).</summary>
    public string Option { get; } = option;

    /// <summary>Its value as given (a relative path stays relative: the reason names the full path where it matters).</summary>
    public string Value { get; } = value;
}
