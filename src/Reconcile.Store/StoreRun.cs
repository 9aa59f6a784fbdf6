namespace Reconcile.Store;

/// <summary>What one batch did to the store.</summary>
public sealed record StoreRun
{
    /// <summary>Gets the run's id in the revision log, or <see langword="null"/> when the batch held no new report (nothing was written).</summary>
    public long? RunId { get; init; }

    /// <summary>Gets the ids of the reports stored by this batch, ordered.</summary>
    public IReadOnlyList<string> Added { get; init; } = [];

    /// <summary>Gets the ids of the reports skipped because they were already stored, ordered.</summary>
    public IReadOnlyList<string> Skipped { get; init; } = [];

    /// <summary>Gets the ids of the incidents this batch created or changed, ordered.</summary>
    public IReadOnlyList<string> Changed { get; init; } = [];

    /// <summary>Gets how many stored incidents the batch's index look-up fetched as candidates.</summary>
    public int Candidates { get; init; }

    /// <summary>Gets the revisions this batch wrote, in log order.</summary>
    public IReadOnlyList<Revision> Revisions { get; init; } = [];
}
