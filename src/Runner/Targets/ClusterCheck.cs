namespace Specs.Runner.Targets;

/// <summary>
/// What a simulated cluster broke when it ran a whole history: the invariant (a cluster checker's, or
/// model-equivalence), what was found, and the request it concerns (its index among the submitted requests;
/// null: the history as a whole).
/// </summary>
public sealed record ClusterCheck(string Invariant, string Detail, int? RequestIndex);

/// <summary>A system that runs what was submitted on simulated clusters only once the history is complete (the hunter's sim target).</summary>
public interface IClusterCheckedSystem
{
    /// <summary>Runs the submitted history on the clusters; the first thing one broke, or null when every cluster agreed with the model.</summary>
    ClusterCheck? CheckCluster();
}
