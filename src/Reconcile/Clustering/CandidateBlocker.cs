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
    /// <param name="docFreq">Each term's document frequency in <paramref name="profiles"/>.</param>
    /// <param name="options">The blocking settings.</param>
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

        var all = new List<List<int>>(termBlocks.Count + blocks.Count);
        all.AddRange(termBlocks.Values);
        all.AddRange(blocks.Values);

        return Emit(all, profiles, cap);
    }

    /// <summary>The distinct pairs of the blocks, sorted: a block no larger than the cap pairs all its members; a larger one pairs each
    /// member with its nearest neighbours in date, as many as the cap. Pairs are made mention by mention, each mention's with the later ones, so no pair is held twice: the only array as large
    /// as the pairs is the result (counted first, then filled).</summary>
    private static long[] Emit(List<List<int>> blocks, IReadOnlyList<MentionProfile> profiles, int cap)
    {
        int n = profiles.Count;

        // Each block's members, in date order for the oversized ones, with how far a member reaches (0: the whole block).
        var members = new int[blocks.Count][];
        var reach = new int[blocks.Count];
        var count = new int[n + 1];
        for (int b = 0; b < blocks.Count; b++)
        {
            List<int> list = blocks[b];
            if (list.Count < 2)
            {
                members[b] = [];
                continue;
            }

            int[] sorted = [.. list];
            if (list.Count > cap)
            {
                Array.Sort(sorted, (x, y) =>
                {
                    int c = profiles[x].SortDay.CompareTo(profiles[y].SortDay);
                    return c != 0 ? c : x.CompareTo(y);
                });
                reach[b] = cap;
            }

            members[b] = sorted;
            foreach (int m in sorted)
            {
                count[m + 1]++;
            }
        }

        // Each mention's blocks and its place in each.
        for (int i = 0; i < n; i++)
        {
            count[i + 1] += count[i];
        }

        var memberships = new (int Block, int At)[count[n]];
        var fill = count[..n];
        for (int b = 0; b < members.Length; b++)
        {
            for (int at = 0; at < members[b].Length; at++)
            {
                memberships[fill[members[b][at]]++] = (b, at);
            }
        }

        var partners = new List<int>();
        void Partners(int i)
        {
            partners.Clear();
            for (int k = count[i]; k < count[i + 1]; k++)
            {
                (int b, int at) = memberships[k];
                int[] block = members[b];
                int lo = reach[b] == 0 ? 0 : Math.Max(0, at - reach[b]);
                int hi = reach[b] == 0 ? block.Length - 1 : Math.Min(block.Length - 1, at + reach[b]);
                for (int q = lo; q <= hi; q++)
                {
                    if (block[q] > i)
                    {
                        partners.Add(block[q]);
                    }
                }
            }

            partners.Sort();
        }

        long total = 0;
        for (int i = 0; i < n; i++)
        {
            Partners(i);
            for (int k = 0; k < partners.Count; k++)
            {
                if (k == 0 || partners[k] != partners[k - 1])
                {
                    total++;
                }
            }
        }

        var result = new long[total];
        long next = 0;
        for (int i = 0; i < n; i++)
        {
            Partners(i);
            for (int k = 0; k < partners.Count; k++)
            {
                if (k == 0 || partners[k] != partners[k - 1])
                {
                    result[next++] = Key(i, partners[k]);
                }
            }
        }

        return result;
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

    /// <summary>The key of an unordered pair of indices.</summary>
    public static long Key(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
}
