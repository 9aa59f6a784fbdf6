using Reconcile.Internal;
using Reconcile.Model;

namespace Reconcile.Clustering;

/// <summary>The default clusterer.</summary>
/// <remarks>Thread-safe. Deterministic: the same mentions in any order give the same clusters and ids.</remarks>
public sealed class IncidentClusterer : IIncidentClusterer
{
    private readonly ClusteringOptions _options;

    /// <summary>Creates a clusterer.</summary>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    public IncidentClusterer(ClusteringOptions? options = null)
    {
        _options = options ?? new ClusteringOptions();
    }

    /// <inheritdoc />
    public ClusteringResult Cluster(IReadOnlyList<ExtractionResult> extractions)
    {
        ArgumentNullException.ThrowIfNull(extractions);
        _ = _options;
        var clusters = extractions
            .SelectMany(e => e.Mentions)
            .Select(m => new IncidentCluster { Id = "inc-" + StableHash.Hex(12, m.Id), Mentions = [m] })
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        return new ClusteringResult { Clusters = clusters };
    }
}
