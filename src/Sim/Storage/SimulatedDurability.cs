namespace Specs.Sim.Storage;

/// <summary>When a commit of the <see cref="SimulatedStore"/> passes the durable watermark.</summary>
public enum SimulatedDurability
{
    /// <summary>Every commit is durable when Write returns (LMDB's Durable mode).</summary>
    SyncOnCommit,

    /// <summary>Commits become durable only at Sync (LMDB's NoSync mode); power loss drops the rest.</summary>
    Deferred,
}
