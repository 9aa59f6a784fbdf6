using Reconcile.Model;

namespace Reconcile.Clustering;

/// <summary>Chooses which mention pairs to score, so that the work grows near-linearly with the input.</summary>
/// <remarks>
/// Three kinds of block: a mention's most distinctive words (its highest TF-IDF terms that at least one other mention shares),
/// its town, and its first-level division by fortnight. A block no larger than the cap is compared in full; a larger one is
/// ordered by date and id and each mention is compared only with its next <see cref="ClusteringOptions.MaxBlockSize"/> neighbours.
/// Words found in more mentions than the cap are not used as keys at all: they are not distinctive.
/// </remarks>
internal static class CandidateBlocker
{
    /// <summary>Returns the distinct candidate pairs as <c>(low index &lt;&lt; 32) | high index</c>, sorted.</summary>
    /// <param name="profiles">The mentions.</param>
    /// <param name="docFreq">Each term's document frequency over <paramref name="profiles"/>.</param>
    /// <param name="options">The settings.</param>
    /// <param name="statisticsOnly">Mentions that count only in <paramref name="docFreq"/> (a store's background reports): they join no
    /// block, so they are in no pair and never take a place among a large block's date neighbours; <see langword="null"/> for none.</param>
    public static long[] Pairs(IReadOnlyList<MentionProfile> profiles, int[] docFreq, ClusteringOptions options, bool[]? statisticsOnly = null)
    {
        int cap = Math.Max(2, options.MaxBlockSize);
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var termBlocks = new Dictionary<int, List<int>>();
        var order = new List<(float Weight, int Term)>();
        foreach (MentionProfile p in profiles)
        {
            if (statisticsOnly is not null && statisticsOnly[p.Index])
            {
                continue;
            }

            order.Clear();
            for (int i = 0; i < p.Terms.Length; i++)
            {
                int df = docFreq[p.Terms[i]];
                if (df >= 2 && df <= cap)
                {
                    order.Add((p.Weights[i], p.Terms[i]));
                }
            }

            order.Sort((x, y) => x.Weight != y.Weight ? y.Weight.CompareTo(x.Weight) : x.Term.CompareTo(y.Term));
            for (int k = 0; k < order.Count && k < options.BlockingTermsPerMention; k++)
            {
                if (!termBlocks.TryGetValue(order[k].Term, out List<int>? list))
                {
                    termBlocks[order[k].Term] = list = [];
                }

                list.Add(p.Index);
            }

            Place? place = p.Mention.Place;
            if (place is null)
            {
                continue;
            }

            if (place.Kind == PlaceKind.Locality)
            {
                AddTo(blocks, "town|" + place.CountryCode + "|" + place.Admin1 + "|" + place.Name, p.Index);
            }

            if (place.Admin1 is not null && p.DayLow is { } lo && p.DayHigh is { } hi && hi - lo <= 31)
            {
                // Two offset fortnight grids, so that any two days at most a week apart share a block.
                string region = "adm|" + place.CountryCode + "|" + place.Admin1 + "|";
                AddTo(blocks, region + "a" + FloorDiv(lo, 14), p.Index);
                AddTo(blocks, region + "b" + FloorDiv(lo + 7, 14), p.Index);
            }
        }

        var pairs = new List<long>();
        foreach (List<int> members in termBlocks.Values)
        {
            Emit(members, profiles, cap, pairs);
        }

        foreach (List<int> members in blocks.Values)
        {
            Emit(members, profiles, cap, pairs);
        }

        long[] result = [.. pairs];
        Array.Sort(result);
        int n = 0;
        for (int i = 0; i < result.Length; i++)
        {
            if (i == 0 || result[i] != result[i - 1])
            {
                result[n++] = result[i];
            }
        }

        return result[..n];
    }

    private static int FloorDiv(int a, int b) => (int)Math.Floor(a / (double)b);

    private static void AddTo(Dictionary<string, List<int>> blocks, string key, int index)
    {
        if (!blocks.TryGetValue(key, out List<int>? list))
        {
            blocks[key] = list = [];
        }

        list.Add(index);
    }

    private static void Emit(List<int> members, IReadOnlyList<MentionProfile> profiles, int cap, List<long> pairs)
    {
        if (members.Count < 2)
        {
            return;
        }

        if (members.Count <= cap)
        {
            for (int i = 0; i < members.Count; i++)
            {
                for (int j = i + 1; j < members.Count; j++)
                {
                    pairs.Add(Key(members[i], members[j]));
                }
            }

            return;
        }

        int[] sorted = [.. members];
        Array.Sort(sorted, (x, y) =>
        {
            int c = profiles[x].SortDay.CompareTo(profiles[y].SortDay);
            return c != 0 ? c : x.CompareTo(y);
        });
        for (int i = 0; i < sorted.Length; i++)
        {
            for (int j = i + 1; j < sorted.Length && j <= i + cap; j++)
            {
                pairs.Add(Key(sorted[i], sorted[j]));
            }
        }
    }

    /// <summary>The key of an unordered pair of indices.</summary>
    public static long Key(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
}
