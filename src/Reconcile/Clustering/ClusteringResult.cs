using Reconcile.Model;

namespace Reconcile.Clustering;

/// <summary>The clusters found and how much comparing it took.</summary>
public sealed record ClusteringResult
{
    /// <summary>Gets the clusters, ordered by id.</summary>
    public required IReadOnlyList<IncidentCluster> Clusters { get; init; }

    /// <summary>Gets the number of mention pairs that blocking let through to scoring.</summary>
    public long CandidatePairs { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder) => Model.RecordText.Print(this, builder);
}
