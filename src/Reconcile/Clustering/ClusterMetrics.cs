namespace Reconcile.Clustering;

/// <summary>Scores of a predicted clustering against a gold one: B-cubed and pairwise precision, recall and F1.</summary>
/// <param name="BCubedPrecision">Mean over items of the share of the item's predicted cluster that is in its gold cluster.</param>
/// <param name="BCubedRecall">Mean over items of the share of the item's gold cluster that is in its predicted cluster.</param>
/// <param name="PairPrecision">The share of predicted same-cluster pairs that are gold same-cluster pairs (1 when none are predicted).</param>
/// <param name="PairRecall">The share of gold same-cluster pairs that are predicted (1 when gold has none).</param>
internal readonly record struct ClusterMetrics(double BCubedPrecision, double BCubedRecall, double PairPrecision, double PairRecall)
{
    /// <summary>Gets the harmonic mean of the B-cubed precision and recall.</summary>
    public double BCubedF1 => F1(BCubedPrecision, BCubedRecall);

    /// <summary>Gets the harmonic mean of the pairwise precision and recall.</summary>
    public double PairF1 => F1(PairPrecision, PairRecall);

    /// <summary>Compares two labellings of the same items.</summary>
    /// <param name="predicted">Each item's predicted cluster label.</param>
    /// <param name="gold">Each item's gold cluster label.</param>
    /// <returns>The scores.</returns>
    /// <exception cref="ArgumentException">An item of one labelling is missing from the other.</exception>
    public static ClusterMetrics Compute(IReadOnlyDictionary<string, string> predicted, IReadOnlyDictionary<string, string> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        if (predicted.Count != gold.Count || predicted.Keys.Any(k => !gold.ContainsKey(k)))
        {
            throw new ArgumentException("Both labellings must cover the same items.", nameof(predicted));
        }

        if (gold.Count == 0)
        {
            return new ClusterMetrics(1, 1, 1, 1);
        }

        // Sizes of predicted clusters, gold clusters and their intersections.
        var predSize = new Dictionary<string, long>(StringComparer.Ordinal);
        var goldSize = new Dictionary<string, long>(StringComparer.Ordinal);
        var both = new Dictionary<(string, string), long>();
        foreach ((string item, string p) in predicted)
        {
            string g = gold[item];
            predSize[p] = predSize.GetValueOrDefault(p) + 1;
            goldSize[g] = goldSize.GetValueOrDefault(g) + 1;
            both[(p, g)] = both.GetValueOrDefault((p, g)) + 1;
        }

        double precision = 0, recall = 0;
        long truePairs = 0;
        foreach (((string p, string g), long n) in both)
        {
            // Each of the n items sharing (p, g) has n correct items in its predicted and in its gold cluster.
            precision += n * (double)n / predSize[p];
            recall += n * (double)n / goldSize[g];
            truePairs += n * (n - 1) / 2;
        }

        long predPairs = predSize.Values.Sum(n => n * (n - 1) / 2);
        long goldPairs = goldSize.Values.Sum(n => n * (n - 1) / 2);
        int items = gold.Count;
        return new ClusterMetrics(
            precision / items,
            recall / items,
            predPairs == 0 ? 1 : truePairs / (double)predPairs,
            goldPairs == 0 ? 1 : truePairs / (double)goldPairs);
    }

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
