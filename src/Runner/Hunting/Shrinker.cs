namespace Specs.Runner.Hunting;

/// <summary>
/// Shrinks a failing history to a minimal one that still breaks the same invariant: first it cuts everything
/// after the failing step, then it removes steps, in halves, quarters and so on down to single steps (delta
/// debugging), keeping each removal after which the invariant still breaks, until no single step can go. Each
/// step keeps its own seed, so what remains makes the same choices wherever it can.
/// </summary>
internal sealed class Shrinker(HistoryRunner runner, int maxRuns = 600)
{
    public sealed record Result(IReadOnlyList<HistoryStep> Steps, HistoryOutcome Outcome, int Runs);

    public Result Shrink(IReadOnlyList<HistoryStep> history, HistoryOutcome failed, ulong seed)
    {
        var invariant = failed.Failure!.Invariant;
        var checkCommute = failed.CommuteChecked;
        var best = Truncate(history, failed);
        var bestOutcome = failed;
        var runs = 0;
        var chunk = Math.Max(1, best.Count / 2);
        while (runs < maxRuns)
        {
            var removedAny = false;
            for (var start = 0; start < best.Count && runs < maxRuns;)
            {
                var candidate = best.Take(start).Concat(best.Skip(start + chunk)).ToList();
                if (candidate.Count == 0)
                {
                    break;
                }

                runs++;
                var outcome = runner.Run(candidate, seed, checkCommute);
                if (outcome.Failure?.Invariant == invariant)
                {
                    best = Truncate(candidate, outcome);
                    bestOutcome = outcome;
                    removedAny = true;
                }
                else
                {
                    start += chunk;
                }
            }

            if (chunk == 1 && !removedAny)
            {
                break;
            }

            chunk = Math.Max(1, chunk / 2);
        }

        return new Result(best, bestOutcome, runs);
    }

    /// <summary>The history up to and including the step that failed (nothing after it matters).</summary>
    private static List<HistoryStep> Truncate(IReadOnlyList<HistoryStep> history, HistoryOutcome outcome) =>
        [.. history.Take(outcome.Executed[outcome.Failure!.StepIndex].Index + 1)];
}
