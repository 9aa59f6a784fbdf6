using Reconcile.Model;

namespace Reconcile.Merging;

/// <summary>Turns a cluster of mentions into one incident record.</summary>
public interface IIncidentMerger
{
    /// <summary>Merges one cluster.</summary>
    /// <param name="cluster">The cluster.</param>
    /// <returns>The record, with figures, grades, attribution and conflicts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cluster"/> is <see langword="null"/>.</exception>
    IncidentRecord Merge(IncidentCluster cluster);
}
