namespace Specs.Runner.Output;

/// <summary>
/// A word of a command the tool prints for pasting into a POSIX shell: as it is when the shell would read it back
/// unchanged, else in single quotes. A path with a space printed bare splits into two arguments when pasted.
/// </summary>
public static class ShellWord
{
    public static string Quote(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length > 0 && word.All(IsPlain) ? word : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    // Letters, digits and the punctuation a shell gives no meaning to in the middle of a word.
    private static bool IsPlain(char c) => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-' or ':' or '@' or '+' or ',' or '=' or '%';
}
