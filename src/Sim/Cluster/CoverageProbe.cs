namespace Specs.Sim.Cluster;

/// <summary>Rare situations a batch of seeds must reach (FoundationDB's CODE_PROBE, Antithesis' Sometimes).</summary>
[Flags]
public enum CoverageProbe
{
    None = 0,

    /// <summary>A new leader was elected while a client request was open, and that request still got a definite answer.</summary>
    FailoverWithRequestInFlight = 1,

    /// <summary>A retried request was answered as a repeat after a leader crashed while it was open.</summary>
    DuplicateAfterLeaderCrash = 2,

    /// <summary>Power loss dropped applied-but-unsynced commits of a state store, and the node applied them again.</summary>
    UnsyncedCommitLostAndRecovered = 4,

    /// <summary>A node whose data was wiped or corrupted rejoined as a voting member after catching up.</summary>
    WipedNodeRejoined = 8,

    /// <summary>A node started on another node's data folder refused to start (needs a ForeignData fault, which a quarter of the seeds draw).</summary>
    ForeignDataRefused = 16,

    /// <summary>Every probe.</summary>
    All = FailoverWithRequestInFlight | DuplicateAfterLeaderCrash | UnsyncedCommitLostAndRecovered | WipedNodeRejoined | ForeignDataRefused,
}
