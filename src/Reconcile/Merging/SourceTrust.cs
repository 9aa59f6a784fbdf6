namespace Reconcile.Merging;

/// <summary>Ranks the standing figures of a figure's sources to choose the one whose value is best.</summary>
/// <remarks>
/// In order: the <see cref="MergeOptions.SourceTrustOrder"/> (listed sources first, in list order); a source that is not a party to the incident;
/// a named source before an unattributed one; the more specific words (exact, then rounded, then bounds, then vague words);
/// the later figure; then the source key (ordinal), so the choice never depends on input order.
/// How many outlets carry a figure never counts: copies are not independence.
/// </remarks>
internal static class SourceTrust
{
    /// <summary>Returns the most trusted of the standing claims.</summary>
    /// <param name="standing">One standing claim per source, at least one.</param>
    /// <param name="parties">The keys of sources that are a party to the incident (any of their claims is belligerent).</param>
    /// <param name="settings">The settings.</param>
    /// <returns>The most trusted claim.</returns>
    public static CandidateClaim MostTrusted(IReadOnlyList<CandidateClaim> standing, IReadOnlySet<string> parties, MergeSettings settings)
    {
        CandidateClaim best = standing[0];
        for (int i = 1; i < standing.Count; i++)
        {
            if (Compare(standing[i], best, parties, settings) < 0)
            {
                best = standing[i];
            }
        }

        return best;
    }

    private static int Compare(CandidateClaim a, CandidateClaim b, IReadOnlySet<string> parties, MergeSettings settings)
    {
        int c = Rank(a, settings).CompareTo(Rank(b, settings));
        if (c == 0)
        {
            c = parties.Contains(a.SourceKey).CompareTo(parties.Contains(b.SourceKey));
        }

        if (c == 0)
        {
            c = IsUnattributed(a).CompareTo(IsUnattributed(b));
        }

        if (c == 0)
        {
            c = b.Interval.Specificity.CompareTo(a.Interval.Specificity);
        }

        if (c == 0)
        {
            c = Nullable.Compare(b.Date, a.Date);
        }

        return c != 0 ? c : string.CompareOrdinal(a.SourceKey, b.SourceKey);
    }

    private static int Rank(CandidateClaim c, MergeSettings settings) =>
        settings.TrustRank.TryGetValue(c.SourceKey, out int rank) ? rank : int.MaxValue;

    private static bool IsUnattributed(CandidateClaim c) => c.SourceKey.StartsWith(SourceIndependence.UnattributedPrefix, StringComparison.Ordinal);
}
