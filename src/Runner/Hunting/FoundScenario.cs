using System.Text;
using Specs.Inventory.Contracts;
using Specs.Inventory.Pipeline;
using Specs.Inventory.Scenarios;
using Specs.Inventory.Scenarios.Invariants;
using Specs.Runner.Discovery;

namespace Specs.Runner.Hunting;

/// <summary>
/// Writes a shrunk failing history as a Gherkin scenario in the corpus's own vocabulary (<see cref="StepPhrases"/>):
/// every event the history recorded before the failing step becomes a Given (past events, at the times they were
/// recorded), the failing step becomes the one When, and the Then is the invariant that broke, so
/// <c>specs verify</c> fails the scenario for the same reason the hunt did.
/// </summary>
internal static class FoundScenario
{
    /// <summary>The scenario's text; <paramref name="names"/> names the picklists and transfers the case cites (else they and sales keep the generic form).</summary>
    public static string Write(HuntFinding finding, ServerNames? names = null)
    {
        var memory = names is null ? null : new PhraseMemory(names);
        var failure = finding.Failure;
        var found = finding.Case;
        var text = new StringBuilder();
        var environment = finding.PlantedBugs.Count == 0 ? "" : $"SPECS_PLANTED_BUGS={string.Join(',', finding.PlantedBugs)} ";
        var mode = failure.Invariant switch
        {
            InvariantIds.IdempotentRepeat => " --idempotency",
            InvariantIds.ReplayEquality => " --replay-check",
            _ => "",
        };
        text.AppendLine($"# Found by `specs hunt`: the invariant {failure.Invariant} broke at step {finding.OriginalLength} of a history; shrunk to {finding.ShrunkLength} steps, then to {found.Given.Count} past events and one When.");
        text.AppendLine($"# Reproduce the original history: {finding.Reproduction}");
        text.AppendLine($"# Run this scenario: {environment}{finding.Launcher} verify {finding.FeaturePath}{mode}");
        if (failure.Invariant == InvariantIds.UnrelatedCommandsCommute)
        {
            text.AppendLine("# This invariant compares two orders of the last two steps: the scenario runs one order; run the other by swapping the When with the last Given.");
        }

        text.AppendLine("@hunt @found");
        text.AppendLine($"Feature: Found by the hunter: {failure.Invariant} (seed {finding.Seed})");
        foreach (var line in Wrap(failure.Detail, 100))
        {
            text.AppendLine("  " + line);
        }

        text.AppendLine();
        text.AppendLine($"  Scenario: {ScenarioName(finding)}");
        var clock = HuntVocabulary.StartUnixMs;
        text.AppendLine($"    Given the clock reads {StepPhrases.Instant(clock)}");
        foreach (var past in found.Given)
        {
            if (past.AtUnixMs != clock)
            {
                clock = past.AtUnixMs;
                text.AppendLine($"    And the clock reads {StepPhrases.Instant(clock)}");
            }

            if (StepPhrases.Given(past.Payload, past.AtUnixMs, memory) is { } phrase)
            {
                text.AppendLine($"    And {phrase}");
            }
            else
            {
                AppendGeneric(text, "And", past.Payload, past.Stream);
            }
        }

        if (found.WhenAtUnixMs != clock)
        {
            text.AppendLine($"    And the clock reads {StepPhrases.Instant(found.WhenAtUnixMs)}");
        }

        switch (found.When)
        {
            case AdvanceClock advance:
                text.AppendLine($"    When the clock advances to {StepPhrases.Instant(advance.ToUnixMs)}");
                break;
            case SubmitCommand submit when StepPhrases.When(submit.Command, memory) is { } phrase:
                text.AppendLine($"    When {phrase}");
                break;
            case SubmitCommand submit:
                AppendGeneric(text, "When", submit.Command, null);
                break;
        }

        text.AppendLine($"    Then {StepPhrases.InvariantsHold}");
        return text.ToString();
    }

    /// <summary>
    /// Who the written scenario is when run with <c>specs verify</c> from the working folder (the command its header
    /// prints): the feature's path relative to it, the scenario's line and name, from which its steps derive ids.
    /// </summary>
    public static ScenarioIdentity IdentityOf(HuntFinding finding)
    {
        var lines = Write(finding).Split('\n');
        var line = Array.FindIndex(lines, text => text.StartsWith("  Scenario: ", StringComparison.Ordinal)) + 1;
        return new ScenarioIdentity(FeatureDiscovery.Uri(Path.GetFullPath(finding.FeaturePath), Environment.CurrentDirectory), line, ScenarioName(finding));
    }

    private static string ScenarioName(HuntFinding finding) => $"{finding.Failure.Invariant} after {HistoryRunner.NameOf(finding.Case.When)}";

    private static void AppendGeneric(StringBuilder text, string keyword, IContract contract, string? stream)
    {
        var (line, json) = StepPhrases.Generic(contract, stream);
        text.AppendLine($"    {keyword} {line}");
        text.AppendLine("      \"\"\"json");
        text.AppendLine("      " + json);
        text.AppendLine("      \"\"\"");
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + word.Length + 1 > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length == 0 ? word : " " + word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
