using Reconcile.Model;

namespace Reconcile.Clustering;

/// <summary>Groups incident mentions, across reports, that describe the same incident.</summary>
public interface IIncidentClusterer
{
    /// <summary>Clusters the mentions of many reports.</summary>
    /// <param name="extractions">What extraction found in each report.</param>
    /// <returns>The clusters, ordered by id, each with the reasons for its members.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extractions"/> is <see langword="null"/>.</exception>
    ClusteringResult Cluster(IReadOnlyList<ExtractionResult> extractions);
}
