using System.Globalization;
using System.Text.RegularExpressions;
using Specs.Sim.Cluster;

namespace Specs.Runner.Simulation;

/// <summary>
/// Turns a failing run (re-run with its trace recorded) into a <see cref="Timeline"/> a developer can read:
/// one lane per node and client, the messages between them in the window before the invariant broke, every
/// fault of the schedule (dropped messages included, which never show up as deliveries), restarts, and the
/// moment it broke. Heartbeats that carry no entries are left out: they are most of the
/// traffic and say nothing about the failure; so are a follower's answers that repeat its previous answer to the same
/// node word for word (its answers to those heartbeats), which otherwise filled the window and pushed the causes out.
/// </summary>
public static partial class TimelineBuilder
{
    /// <summary>At most this many message rows are shown (the last ones before the break).</summary>
    public const int MaxMessageRows = 60;

    /// <summary>Builds the timeline of <paramref name="result"/> (which must have been run with its trace recorded).</summary>
    public static Timeline Build(SimulationResult result, string invariant)
    {
        ArgumentNullException.ThrowIfNull(result);
        var nodes = result.Configuration.NodeCount;
        var lanes = Enumerable.Range(0, nodes).Select(node => $"node {node}")
            .Concat(Enumerable.Range(0, result.Configuration.ClientCount).Select(client => $"client {client}"))
            .ToList();
        int Lane(int address) => address >= ClusterSimulation.ClientAddressBase ? nodes + address - ClusterSimulation.ClientAddressBase : address;
        var broke = result.Violations.FirstOrDefault(violation => violation.Invariant == invariant) ?? (result.Violations.Count > 0 ? result.Violations[0] : null);
        var brokeAt = broke?.Tick ?? result.SimulatedTicks;

        var messages = new List<TimelineRow>();
        var others = new List<TimelineRow>();
        var lastAnswer = new Dictionary<(int From, int To), string>();
        foreach (var happening in result.Trace)
        {
            if (happening.Tick > brokeAt)
            {
                break;
            }

            if (DeliveryPattern().Match(happening.Description) is { Success: true } delivery)
            {
                var message = delivery.Groups["message"].Value;
                if (IsHeartbeat(message))
                {
                    continue;
                }

                if (message.StartsWith("AppendAnswer ", StringComparison.Ordinal))
                {
                    var link = (Number(delivery, "from"), Number(delivery, "to"));
                    if (lastAnswer.TryGetValue(link, out var previous) && previous == message)
                    {
                        continue;
                    }

                    lastAnswer[link] = message;
                }

                messages.Add(new TimelineRow(happening.Tick, TimelineRowKind.Message, Lane(Number(delivery, "from")), Lane(Number(delivery, "to")), Shorten(message)));
            }
            else if (RestartPattern().Match(happening.Description) is { Success: true } restart)
            {
                var node = Number(restart, "node");
                others.Add(new TimelineRow(happening.Tick, TimelineRowKind.Recovery, node, node, "restarts"));
            }
            else if (happening.Description.StartsWith("HealCluster", StringComparison.Ordinal))
            {
                others.Add(new TimelineRow(happening.Tick, TimelineRowKind.Recovery, -1, -1, "chaos over: cluster healed, faults stop"));
            }
        }

        foreach (var fault in result.Schedule.Faults.Where(fault => fault.At <= brokeAt))
        {
            var from = fault.Node >= 0 ? Lane(fault.Node) : -1;
            var to = fault.Peer >= 0 && fault.Kind is FaultKind.MessageDrop or FaultKind.MessageDelay or FaultKind.MessageDuplicate or FaultKind.OneWayCut or FaultKind.ClogLink
                ? Lane(fault.Peer)
                : from;
            others.Add(new TimelineRow(fault.At, TimelineRowKind.Fault, from, to, FaultWords.Describe(fault)));
        }

        var omitted = Math.Max(0, messages.Count - MaxMessageRows);
        var rows = messages.Skip(omitted).Concat(others)
            .Select((row, order) => (row, order))
            .OrderBy(pair => pair.row.Tick).ThenBy(pair => pair.row.Kind == TimelineRowKind.Message ? 1 : 0).ThenBy(pair => pair.order)
            .Select(pair => pair.row)
            .ToList();
        if (broke is not null)
        {
            rows.Add(new TimelineRow(brokeAt, TimelineRowKind.Violation, -1, -1, $"[{broke.Invariant}] {broke.Detail}"));
        }

        return new Timeline { Lanes = lanes, Rows = rows, Omitted = omitted };
    }

    private static bool IsHeartbeat(string message) =>
        message.StartsWith("AppendEntries(", StringComparison.Ordinal) && message.Contains(" entries 0 ", StringComparison.Ordinal);

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static string Shorten(string message) => message.Length <= 90 ? message : message[..87] + "...";

    [GeneratedRegex(@"^Delivery \{ From = (?<from>\d+), To = (?<to>\d+), Message = (?<message>.*) \}$")]
    private static partial Regex DeliveryPattern();

    [GeneratedRegex(@"^ProcessRestarts \{ Node = (?<node>\d+),")]
    private static partial Regex RestartPattern();
}
