using Reconcile.Model;

namespace Reconcile.Merging;

/// <summary>The default merger.</summary>
/// <remarks>Thread-safe. The record does not depend on the order of the cluster's mentions.</remarks>
public sealed class IncidentMerger : IIncidentMerger
{
    private readonly MergeOptions _options;

    /// <summary>Creates a merger.</summary>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    public IncidentMerger(MergeOptions? options = null)
    {
        _options = options ?? new MergeOptions();
    }

    /// <inheritdoc />
    public IncidentRecord Merge(IncidentCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        _ = _options;
        return new IncidentRecord
        {
            Id = cluster.Id,
            Reports = cluster.Mentions.Select(m => m.Report.Id).Distinct().Order(StringComparer.Ordinal).ToList(),
            Mentions = cluster.Mentions,
            Why = cluster.Why,
        };
    }
}
