using Reconcile.Model;

namespace Reconcile.Merging;

/// <summary>Turns a cluster of mentions into one incident record.</summary>
/// <remarks><see cref="Reconciler"/> merges clusters in parallel (up to <see cref="ReconcilerOptions.MaxDegreeOfParallelism"/> at
/// once): an implementation must be safe to call from several threads and give a record that depends only on its cluster.</remarks>
public interface IIncidentMerger
{
    /// <summary>Merges one cluster.</summary>
    /// <param name="cluster">The cluster.</param>
    /// <returns>The record, with figures, grades, attribution and conflicts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cluster"/> is <see langword="null"/>.</exception>
    IncidentRecord Merge(IncidentCluster cluster);
}
