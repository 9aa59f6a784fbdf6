namespace Reconcile.Clustering;

/// <summary>Average-link agglomerative clustering over a sparse set of scored pairs, with cannot-link constraints.</summary>
/// <remarks>
/// <para>The linkage of two groups is the mean score over all their cross pairs, where a pair blocking never compared counts as
/// <c>missingScore</c>. The two groups with the highest linkage are joined while it exceeds the threshold. Ties are broken by the
/// groups' smallest member indices, so the result depends only on the scores, never on input or hash order.</para>
/// <para>Cannot-link constraints are checked on groups, so they hold transitively: two groups are never joined when they share a
/// report, name different countries (as a country or first-level division: towns, often ambiguous, do not count), or hold
/// day-precise dates further apart than the tolerance.</para>
/// <para>The run has two phases. First only lead mentions are joined, using only lead–lead pairs: a report's lead is what the report is
/// about and carries the most evidence, while a background mention is a sentence or two. Then every mention takes part. So a background
/// mention that extraction split off its report's lead cannot take the lead's place in a group first and, through the same-report
/// constraint, keep the lead out of its own incident.</para>
/// </remarks>
internal sealed class AverageLinkClustering
{
    private readonly IReadOnlyList<MentionProfile> _profiles;
    private readonly double _missing;
    private readonly double _threshold;
    private readonly int _dayTolerance;
    private readonly bool _countryCannotLink;

    // Per group, indexed by its representative (smallest member index); null once absorbed.
    private readonly List<int>?[] _members;
    private readonly Dictionary<int, (double Sum, int Count)>?[] _edges;
    private readonly HashSet<int>?[] _reports;
    private readonly string?[] _country;
    private readonly int[] _minDay;
    private readonly int[] _maxDay;
    private readonly int[] _version;

    // Whether each group holds only lead mentions (true for a lead's singleton), and whether the run is in its leads-only phase.
    private readonly bool[] _leadGroup;
    private bool _leadsOnly;

    public AverageLinkClustering(IReadOnlyList<MentionProfile> profiles, double missingScore, double threshold, int dayTolerance, bool countryCannotLink = true)
    {
        _countryCannotLink = countryCannotLink;
        _profiles = profiles;
        _missing = missingScore;
        _threshold = threshold;
        _dayTolerance = dayTolerance;
        int n = profiles.Count;
        _members = new List<int>?[n];
        _edges = new Dictionary<int, (double, int)>?[n];
        _reports = new HashSet<int>?[n];
        _country = new string?[n];
        _minDay = new int[n];
        _maxDay = new int[n];
        _version = new int[n];
        _leadGroup = new bool[n];
        for (int i = 0; i < n; i++)
        {
            MentionProfile p = profiles[i];
            _leadGroup[i] = p.Mention.IsLead;
            _members[i] = [i];
            _edges[i] = [];
            _reports[i] = [p.ReportIndex];
            _country[i] = p.CountryCode;
            // A lead whose report names other days may be dated by its own follow-up news: its date is scored, not a constraint.
            bool anchored = p.IsDayPrecise && p.RecalledDays.Length == 0;
            _minDay[i] = anchored ? p.DayLow!.Value : int.MaxValue;
            _maxDay[i] = anchored ? p.DayLow!.Value : int.MinValue;
        }
    }

    /// <summary>Runs the clustering and returns, for each mention index, the representative of its group.</summary>
    /// <param name="pairs">The candidate pair keys (see <see cref="CandidateBlocker.Key"/>), sorted.</param>
    /// <param name="scores">The score of each pair.</param>
    public int[] Run(long[] pairs, float[] scores)
    {
        for (int k = 0; k < pairs.Length; k++)
        {
            int a = (int)(pairs[k] >> 32), b = (int)(pairs[k] & 0xFFFFFFFF);
            _edges[a]![b] = (scores[k], 1);
            _edges[b]![a] = (scores[k], 1);
        }

        var queue = new PriorityQueue<(int A, int B, int VersionA, int VersionB), (double Linkage, int A, int B)>(Comparer<(double Linkage, int A, int B)>.Create(
            static (x, y) =>
            {
                int c = y.Linkage.CompareTo(x.Linkage);
                if (c != 0)
                {
                    return c;
                }

                c = x.A.CompareTo(y.A);
                return c != 0 ? c : x.B.CompareTo(y.B);
            }));

        // Phase 1: leads only. Groups then hold only leads, and their edges only lead-lead pairs.
        _leadsOnly = true;
        Agglomerate(queue);

        // Phase 2: everything, from the groups phase 1 left.
        _leadsOnly = false;
        queue.Clear();
        Agglomerate(queue);

        var label = new int[_profiles.Count];
        for (int r = 0; r < _members.Length; r++)
        {
            if (_members[r] is { } members)
            {
                foreach (int m in members)
                {
                    label[m] = r;
                }
            }
        }

        return label;
    }

    private void Agglomerate(PriorityQueue<(int A, int B, int VersionA, int VersionB), (double Linkage, int A, int B)> queue)
    {
        for (int a = 0; a < _edges.Length; a++)
        {
            if (_edges[a] is not { } edges)
            {
                continue;
            }

            // In neighbour order, so that queue contents do not depend on hash order.
            int[] neighbours = [.. edges.Keys];
            Array.Sort(neighbours);
            foreach (int b in neighbours)
            {
                if (a < b)
                {
                    Push(queue, a, b, edges[b]);
                }
            }
        }

        while (queue.TryDequeue(out var item, out var priority))
        {
            if (priority.Linkage <= _threshold)
            {
                break;
            }

            if (_members[item.A] is null || _members[item.B] is null || _version[item.A] != item.VersionA || _version[item.B] != item.VersionB)
            {
                continue;
            }

            if (CannotLink(item.A, item.B))
            {
                // Groups only grow, so a violated constraint stays violated: drop the edge for good.
                _edges[item.A]!.Remove(item.B);
                _edges[item.B]!.Remove(item.A);
                continue;
            }

            Merge(item.A, item.B, queue);
        }
    }

    private void Push(
        PriorityQueue<(int, int, int, int), (double, int, int)> queue, int a, int b, (double Sum, int Count) edge)
    {
        if (_leadsOnly && !(_leadGroup[a] && _leadGroup[b]))
        {
            return;
        }

        double size = (double)_members[a]!.Count * _members[b]!.Count;
        double linkage = (edge.Sum + ((size - edge.Count) * _missing)) / size;
        if (linkage > _threshold)
        {
            int lo = Math.Min(a, b), hi = Math.Max(a, b);
            queue.Enqueue((lo, hi, _version[lo], _version[hi]), (linkage, lo, hi));
        }
    }

    private bool CannotLink(int a, int b)
    {
        HashSet<int> ra = _reports[a]!, rb = _reports[b]!;
        if (ra.Count <= rb.Count ? ra.Overlaps(rb) : rb.Overlaps(ra))
        {
            return true;
        }

        if (_countryCannotLink && _country[a] is { } ca && _country[b] is { } cb && !string.Equals(ca, cb, StringComparison.Ordinal))
        {
            return true;
        }

        int lo = Math.Min(_minDay[a], _minDay[b]), hi = Math.Max(_maxDay[a], _maxDay[b]);
        return lo != int.MaxValue && hi != int.MinValue && (long)hi - lo > _dayTolerance;
    }

    private void Merge(int a, int b, PriorityQueue<(int, int, int, int), (double, int, int)> queue)
    {
        // Keep the smaller index as the representative; move b's state into it.
        int keep = Math.Min(a, b), gone = Math.Max(a, b);
        _members[keep]!.AddRange(_members[gone]!);
        _members[gone] = null;
        _reports[keep]!.UnionWith(_reports[gone]!);
        _reports[gone] = null;
        _country[keep] ??= _country[gone];
        _minDay[keep] = Math.Min(_minDay[keep], _minDay[gone]);
        _maxDay[keep] = Math.Max(_maxDay[keep], _maxDay[gone]);
        _leadGroup[keep] &= _leadGroup[gone];

        Dictionary<int, (double Sum, int Count)> keepEdges = _edges[keep]!, goneEdges = _edges[gone]!;
        keepEdges.Remove(gone);
        goneEdges.Remove(keep);
        foreach (KeyValuePair<int, (double Sum, int Count)> e in goneEdges)
        {
            int c = e.Key;
            Dictionary<int, (double Sum, int Count)> cEdges = _edges[c]!;
            cEdges.Remove(gone);
            (double Sum, int Count) merged = keepEdges.TryGetValue(c, out var existing)
                ? (existing.Sum + e.Value.Sum, existing.Count + e.Value.Count)
                : e.Value;
            keepEdges[c] = merged;
            cEdges[keep] = merged;
        }

        _edges[gone] = null;
        _version[keep]++;
        _version[gone]++;

        // Re-rank every edge of the grown group, in neighbour order so that queue contents do not depend on hash order.
        int[] neighbours = [.. keepEdges.Keys];
        Array.Sort(neighbours);
        foreach (int c in neighbours)
        {
            Push(queue, keep, c, keepEdges[c]);
        }
    }
}
