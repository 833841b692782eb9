using System.Collections.Concurrent;
using Specs.Inventory.Scenarios;
using Specs.Runner.Extensibility;

namespace Specs.Runner.Targets;

/// <summary>
/// A target whose sessions serve a <see cref="ScenarioHost"/> to the step definitions, executing each
/// scenario on a system of its own made by <paramref name="createSystem"/> (the lmdb target: a temporary
/// LMDB environment). At the end of each attempt the host runs the verification modes, its record and
/// findings are attached to the message stream, and the system is deleted, even when the scenario failed.
/// </summary>
/// <remarks>
/// An abandoned attempt (timeout, Ctrl+C) may still be running inside its system, so its host is kept and
/// disposed when the run ends (<see cref="Dispose"/>), giving each a short while; what cannot be released
/// then is swept by the next run (<see cref="Inventory.Storage.Lmdb.LmdbStore.SweepAbandoned"/>).
/// </remarks>
public sealed class ScenarioHostTarget(string name, ScenarioSettings settings, Func<ScenarioSystemContext, IScenarioSystem> createSystem)
    : IVerificationTarget, ISystemVocabulary, IDisposable
{
    /// <summary>File name of the host's record among a step's attachments.</summary>
    public const string RecordFileName = "scenario-record.json";

    /// <summary>How long the end of the run waits for an abandoned scenario's system to be released.</summary>
    private static readonly TimeSpan AbandonedReleaseWait = TimeSpan.FromSeconds(2);

    private readonly ConcurrentQueue<ScenarioHost> _abandoned = new();

    public string Name { get; } = name;

    public ScenarioSettings Settings { get; } = settings;

    public IReadOnlyList<string> Commands => SystemVocabulary.Commands;

    public IReadOnlyList<string> Events => SystemVocabulary.Events;

    public IReadOnlyList<string> Errors => SystemVocabulary.Errors;

    public IScenarioSession BeginScenario(ScenarioDescriptor scenario, IScenarioAttachments attachments)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var host = new ScenarioHost(new ScenarioIdentity(scenario.Uri, scenario.Line, scenario.Name), Settings, Name, createSystem, scenario.Tags);
        return new Session(this, host, attachments);
    }

    public void Dispose()
    {
        var releases = new List<Task>();
        while (_abandoned.TryDequeue(out var host))
        {
            releases.Add(Task.Run(host.Dispose));
        }

        if (releases.Count > 0)
        {
            // A hung step inside a write holds its environment; the next run's sweep deletes what is left.
            Task.WaitAll(releases.ToArray(), AbandonedReleaseWait);
        }
    }

    private sealed class Session(ScenarioHostTarget target, ScenarioHost host, IScenarioAttachments attachments) : IScenarioSession, IScenarioCompletion
    {
        public IReadOnlyList<object> Services { get; } = [host];

        public string? Complete()
        {
            if (!host.IsUsed)
            {
                return null;
            }

            string? failure = null;
            try
            {
                foreach (var finding in host.Complete())
                {
                    attachments.AttachJson(ScenarioRecordWriter.Serialize(finding), finding.Mode + ".json");
                    failure ??= finding.Passed ? null : finding.FailureMessage;
                }
            }
            finally
            {
                attachments.AttachJson(ScenarioRecordWriter.Serialize(host.Record), RecordFileName);
            }

            return failure;
        }

        public void End(ScenarioEnd how)
        {
            if (how == ScenarioEnd.Abandoned)
            {
                target._abandoned.Enqueue(host);
            }
            else
            {
                host.Dispose();
            }
        }
    }
}
