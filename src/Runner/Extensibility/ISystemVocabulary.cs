namespace Specs.Runner.Extensibility;

/// <summary>
/// Optional on a target: every command, event and domain error of the system it verifies, by the type names
/// its scenario records use. The coverage report lists each with the scenarios whose Then steps asserted it;
/// a target without it contributes only the rules of the rules file to the report.
/// </summary>
public interface ISystemVocabulary
{
    IReadOnlyList<string> Commands { get; }

    IReadOnlyList<string> Events { get; }

    IReadOnlyList<string> Errors { get; }
}
