namespace Reconcile;

/// <summary>The stages of a run, for progress reports.</summary>
public enum ReconcileStage
{
    /// <summary>Extracting incident mentions from reports.</summary>
    Extracting = 0,

    /// <summary>Clustering mentions into incidents.</summary>
    Clustering,

    /// <summary>Merging clusters into records.</summary>
    Merging,
}
