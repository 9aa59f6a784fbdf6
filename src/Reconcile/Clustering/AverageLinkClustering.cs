namespace Reconcile.Clustering;

/// <summary>Average-link agglomerative clustering over a sparse set of scored pairs, with cannot-link constraints.</summary>
/// <remarks>
/// <para>The linkage of two groups is the mean score over all their cross pairs, where a pair blocking never compared counts as
/// <c>missingScore</c>. The two groups with the highest linkage are joined while it exceeds the threshold. Ties are broken by the
/// groups' smallest member indices, so the result depends only on the scores, never on input or hash order.</para>
/// <para>Cannot-link constraints are checked on groups, so they hold transitively: two groups are never joined when they share a
/// report, name different countries (as a country or first-level division: towns, often ambiguous, do not count), or hold
/// day-precise dates further apart than the tolerance. The lead of a follow-up report (<see cref="FollowUpCues"/>) is usually dated by
/// its later news, so its date sets no window. For that test a lead mention's day may also be any day its report names for
/// another mention (a follow-up dated by its own news still names the incident's day): a group is allowed while one window of
/// tolerance + 1 days holds a candidate day of each of its day-precise members. Dates too far apart give way when the groups' linkage
/// is above the date override and some pair between them is strong (shares several rare names): the joined group keeps the
/// windows of its side with more dated members.</para>
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
    private readonly bool _countryCannotLink;
    private readonly double _dateOverride;

    // Per group, indexed by its representative (smallest member index); null once absorbed.
    private readonly List<int>?[] _members;
    // Per group, its links to other groups sorted by the other group's representative (the first _degree[g] entries are used): a flat
    // array per group rather than a hash map, 16 bytes a link.
    private readonly Link[]?[] _edges;
    private readonly int[] _degree;
    private readonly HashSet<int>?[] _reports;
    private readonly string?[] _country;
    // Per group, the first days of the windows of DayTolerance + 1 days that hold a candidate day of every day-precise member,
    // as sorted disjoint intervals; null when no member is day-precise. A member's candidates are its day and, for a lead, the days
    // its report recalls (a follow-up dated by its own news).
    private readonly (int Lo, int Hi)[]?[] _windows;
    // Per group, how many members set day windows: when strong evidence joins groups whose windows do not meet, the larger keeps its own.
    private readonly int[] _dated;

    // Per group, its best link now (the highest linkage above the threshold, ties to the smallest pair of representatives), or
    // _bestOther[g] = -1 for none; and the groups with a best link in a binary max-heap on it (_heapAt[g] is g's place, or -1). The
    // best pair of all is at the top: the pair the run joins next. One entry per group, not one per pair.
    private readonly double[] _bestLinkage;
    private readonly int[] _bestOther;
    private readonly int[] _heap;
    private readonly int[] _heapAt;
    private int _heapCount;
    private bool _heapActive;

    // Whether each group holds only lead mentions (true for a lead's singleton), and whether the run is in its leads-only phase.
    private readonly bool[] _leadGroup;
    private bool _leadsOnly;

    /// <param name="profiles">The mentions, in index order.</param>
    /// <param name="missingScore">The score of a pair blocking never compared.</param>
    /// <param name="threshold">The linkage two groups must exceed to be joined.</param>
    /// <param name="dayTolerance">The most days day-precise dates of one group may be apart.</param>
    /// <param name="countryCannotLink">Whether groups placed in different countries may never be joined.</param>
    /// <param name="dateOverride">The linkage above which two groups are joined even when their day-precise dates are too far apart.</param>
    public AverageLinkClustering(IReadOnlyList<MentionProfile> profiles, double missingScore, double threshold, int dayTolerance, bool countryCannotLink = true,
        double dateOverride = double.PositiveInfinity)
    {
        _countryCannotLink = countryCannotLink;
        _dateOverride = dateOverride;
        _profiles = profiles;
        _missing = missingScore;
        _threshold = threshold;
        int n = profiles.Count;
        _members = new List<int>?[n];
        _edges = new Link[]?[n];
        _degree = new int[n];
        _reports = new HashSet<int>?[n];
        _country = new string?[n];
        _windows = new (int, int)[]?[n];
        _bestLinkage = new double[n];
        _bestOther = new int[n];
        _heap = new int[n];
        _heapAt = new int[n];
        Array.Fill(_bestOther, -1);
        Array.Fill(_heapAt, -1);
        _dated = new int[n];
        _leadGroup = new bool[n];
        for (int i = 0; i < n; i++)
        {
            MentionProfile p = profiles[i];
            _leadGroup[i] = p.Mention.IsLead;
            _members[i] = [i];
            _edges[i] = [];
            _reports[i] = [p.ReportIndex];
            _country[i] = p.CountryCode;
            _windows[i] = p.IsDayPrecise && !p.IsFollowUp ? Windows(p, dayTolerance)
                : p.HeadlineOnlyPublished is { } published ? [(published - (2 * dayTolerance), published)]
                : null;
            _dated[i] = _windows[i] is null ? 0 : 1;
        }
    }

    /// <summary>Runs the clustering and returns, for each mention index, the representative of its group.</summary>
    /// <param name="pairs">The candidate pair keys (see <see cref="CandidateBlocker.Key"/>), sorted.</param>
    /// <param name="scores">The score of each pair.</param>
    /// <param name="strong">Per pair, whether it names the same people or places twice over (<see cref="NameIndex"/>): only groups
    /// joined by such a pair may pass the date tolerance; <see langword="null"/> for none.</param>
    /// <param name="seeds">Groups of mention indices, each sorted and disjoint, that start joined whatever their scores and
    /// constraints (incidents already stored); <see langword="null"/> for none.</param>
    public int[] Run(long[] pairs, float[] scores, bool[]? strong = null, int[][]? seeds = null)
    {
        // Pairs come sorted by (low, high), so each group's links fill in order of the other index: the lower ones first (met at their
        // own keys, in order), then the higher ones.
        for (int k = 0; k < pairs.Length; k++)
        {
            _degree[(int)(pairs[k] >> 32)]++;
            _degree[(int)(pairs[k] & 0xFFFFFFFF)]++;
        }

        for (int i = 0; i < _edges.Length; i++)
        {
            _edges[i] = _degree[i] == 0 ? [] : new Link[_degree[i]];
            _degree[i] = 0;
        }

        for (int k = 0; k < pairs.Length; k++)
        {
            int a = (int)(pairs[k] >> 32), b = (int)(pairs[k] & 0xFFFFFFFF);
            bool isStrong = strong is not null && strong[k];
            _edges[a]![_degree[a]++] = new Link(b, scores[k], 1, isStrong);
            _edges[b]![_degree[b]++] = new Link(a, scores[k], 1, isStrong);
        }

        // A seed's leads are joined before phase 1 and the rest of it before phase 2, as a whole run would have joined them: so a stored
        // incident that holds a background mention still takes part in phase 1 through its leads.
        seeds ??= [];
        foreach (int[] group in seeds)
        {
            int[] leads = [.. group.Where(m => _profiles[m].Mention.IsLead)];
            for (int i = 1; i < leads.Length; i++)
            {
                Merge(leads[0], leads[i]);
            }
        }

        // Phase 1: leads only. Groups then hold only leads, and their edges only lead-lead pairs.
        _leadsOnly = true;
        Agglomerate();

        // Phase 2: everything, from the groups phase 1 left, with each seed whole.
        _leadsOnly = false;
        if (seeds.Length > 0)
        {
            int[] representative = Representatives();
            foreach (int[] group in seeds)
            {
                int head = representative[group.FirstOrDefault(m => _profiles[m].Mention.IsLead, group[0])];
                foreach (int m in group)
                {
                    int r = representative[m];
                    if (r != head && _members[r] is not null && _members[head] is not null)
                    {
                        Merge(head, r);
                        head = Math.Min(head, r);
                    }
                }
            }
        }

        Agglomerate();

        return Representatives();
    }

    /// <summary>For each mention index, the representative of its group now.</summary>
    private int[] Representatives()
    {
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

    /// <summary>Joins the best pair of groups while its linkage is above the threshold. The best pair of all is the best link of some group,
    /// so a heap of each group's best link (see <see cref="_heap"/>) yields the same pairs in the same order as a queue of every pair
    /// ranked by (linkage descending, smaller representative, larger representative), ties included.</summary>
    private void Agglomerate()
    {
        _heapCount = 0;
        for (int g = 0; g < _edges.Length; g++)
        {
            _heapAt[g] = -1;
            if (_members[g] is not null)
            {
                Rank(g);
            }
        }

        _heapActive = true;
        while (_heapCount > 0)
        {
            int top = _heap[0];
            int a = Math.Min(top, _bestOther[top]), b = Math.Max(top, _bestOther[top]);
            double linkage = _bestLinkage[top];
            int at = Find(a, b);
            bool strong = at >= 0 && _edges[a]![at].Strong;
            if (CannotLink(a, b, strong ? linkage : double.NegativeInfinity))
            {
                // Groups only grow, so a violated constraint stays violated: drop the edge for good.
                Remove(a, b);
                Remove(b, a);
                Rank(a);
                Rank(b);
                continue;
            }

            Merge(a, b);
        }

        _heapActive = false;
    }

    /// <summary>The linkage of group <paramref name="g"/> with the group its link <paramref name="edge"/> leads to, or NaN when the
    /// pair may not be joined in this phase.</summary>
    private double Linkage(int g, Link edge)
    {
        if (_leadsOnly && !(_leadGroup[g] && _leadGroup[edge.Other]))
        {
            return double.NaN;
        }

        double size = (double)_members[g]!.Count * _members[edge.Other]!.Count;
        return (edge.Sum + ((size - edge.Count) * _missing)) / size;
    }

    /// <summary>Whether the pair (<paramref name="a"/>, <paramref name="b"/>) at <paramref name="linkage"/> ranks before group
    /// <paramref name="g"/>'s best link: a higher linkage, then the smaller pair of representatives.</summary>
    private bool Before(double linkage, int a, int b, int g)
    {
        int other = _bestOther[g];
        if (other < 0)
        {
            return true;
        }

        int c = linkage.CompareTo(_bestLinkage[g]);
        if (c != 0)
        {
            return c > 0;
        }

        int lo = Math.Min(a, b), bestLo = Math.Min(g, other);
        return lo != bestLo ? lo < bestLo : Math.Max(a, b) < Math.Max(g, other);
    }

    /// <summary>Finds group <paramref name="g"/>'s best link over all its links and puts it in (or out of) the heap.</summary>
    private void Rank(int g)
    {
        _bestOther[g] = -1;
        Link[]? links = _edges[g];
        if (links is not null)
        {
            for (int i = 0; i < _degree[g]; i++)
            {
                double linkage = Linkage(g, links[i]);
                if (linkage > _threshold && Before(linkage, g, links[i].Other, g))
                {
                    _bestOther[g] = links[i].Other;
                    _bestLinkage[g] = linkage;
                }
            }
        }

        Place(g);
    }

    /// <summary>Moves group <paramref name="g"/> to its place in the heap after its best link changed (in, out or up and down).</summary>
    private void Place(int g)
    {
        int at = _heapAt[g];
        if (_bestOther[g] < 0 || _members[g] is null)
        {
            if (at >= 0)
            {
                int last = _heap[--_heapCount];
                _heapAt[g] = -1;
                if (last != g)
                {
                    _heap[at] = last;
                    _heapAt[last] = at;
                    SiftUp(at);
                    SiftDown(_heapAt[last]);
                }
            }

            return;
        }

        if (at < 0)
        {
            at = _heapCount++;
            _heap[at] = g;
            _heapAt[g] = at;
        }

        SiftUp(at);
        SiftDown(_heapAt[g]);
    }

    /// <summary>Whether group <paramref name="g"/>'s best link ranks before group <paramref name="h"/>'s.</summary>
    private bool Above(int g, int h) => Before(_bestLinkage[g], g, _bestOther[g], h);

    private void SiftUp(int at)
    {
        int g = _heap[at];
        while (at > 0)
        {
            int parent = (at - 1) >> 1;
            int p = _heap[parent];
            if (!Above(g, p))
            {
                break;
            }

            _heap[at] = p;
            _heapAt[p] = at;
            at = parent;
        }

        _heap[at] = g;
        _heapAt[g] = at;
    }

    private void SiftDown(int at)
    {
        int g = _heap[at];
        while (true)
        {
            int child = (2 * at) + 1;
            if (child >= _heapCount)
            {
                break;
            }

            if (child + 1 < _heapCount && Above(_heap[child + 1], _heap[child]))
            {
                child++;
            }

            int c = _heap[child];
            if (!Above(c, g))
            {
                break;
            }

            _heap[at] = c;
            _heapAt[c] = at;
            at = child;
        }

        _heap[at] = g;
        _heapAt[g] = at;
    }

    private bool CannotLink(int a, int b, double linkage)
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

        // Dates too far apart forbid the link unless the rest of the evidence is overwhelming: an extracted date may be the day of a
        // later step of the story, or of the page's crawl, while the same victims, street and words are still in both reports.
        return _windows[a] is { } wa && _windows[b] is { } wb && Intersect(wa, wb).Length == 0 && linkage <= _dateOverride;
    }

    /// <summary>The window starts that hold one of the mention's candidate days: its own day and the days its report recalls.</summary>
    private static (int Lo, int Hi)[] Windows(MentionProfile p, int tolerance)
    {
        int day = p.DayLow!.Value;
        if (p.RecalledDays.Length == 0)
        {
            return [(day - tolerance, day)];
        }

        // RecalledDays is sorted, distinct and without the mention's own day.
        int[] days = [.. p.RecalledDays.Append(day).Order()];
        var result = new List<(int Lo, int Hi)>(days.Length);
        foreach (int d in days)
        {
            if (result.Count > 0 && result[^1].Hi >= d - tolerance - 1)
            {
                result[^1] = (result[^1].Lo, d);
            }
            else
            {
                result.Add((d - tolerance, d));
            }
        }

        return [.. result];
    }

    /// <summary>The windows of two joined groups: where both allow, or when nothing is (joined by overwhelming evidence), the windows of the group
    /// with more dated members (the first on a tie).</summary>
    private static (int Lo, int Hi)[] Joint((int Lo, int Hi)[] a, (int Lo, int Hi)[] b, int datedA, int datedB)
    {
        (int Lo, int Hi)[] both = Intersect(a, b);
        return both.Length > 0 ? both : datedB > datedA ? b : a;
    }

    /// <summary>The intersection of two sorted lists of disjoint intervals.</summary>
    private static (int Lo, int Hi)[] Intersect((int Lo, int Hi)[] a, (int Lo, int Hi)[] b)
    {
        var result = new List<(int Lo, int Hi)>();
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            int lo = Math.Max(a[i].Lo, b[j].Lo), hi = Math.Min(a[i].Hi, b[j].Hi);
            if (lo <= hi)
            {
                result.Add((lo, hi));
            }

            if (a[i].Hi < b[j].Hi)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return [.. result];
    }

    private void Merge(int a, int b)
    {
        // Keep the smaller index as the representative; move b's state into it.
        int keep = Math.Min(a, b), gone = Math.Max(a, b);
        _members[keep]!.AddRange(_members[gone]!);
        _members[gone] = null;
        _reports[keep]!.UnionWith(_reports[gone]!);
        _reports[gone] = null;
        _country[keep] ??= _country[gone];
        _windows[keep] = _windows[keep] is { } wk ? (_windows[gone] is { } wg ? Joint(wk, wg, _dated[keep], _dated[gone]) : wk) : _windows[gone];
        _dated[keep] += _dated[gone];
        _leadGroup[keep] &= _leadGroup[gone];

        // The joined group's links: both sides' links merged in order of the other group, summed where both link to it, without the two
        // groups themselves. Each other group's link to the absorbed group becomes (or is added to) its link to the kept one.
        Link[] keepEdges = _edges[keep]!, goneEdges = _edges[gone]!;
        int keepCount = _degree[keep], goneCount = _degree[gone];
        var joined = new Link[keepCount + goneCount];
        int n = 0, i = 0, j = 0;
        while (i < keepCount || j < goneCount)
        {
            if (i < keepCount && keepEdges[i].Other == gone)
            {
                i++;
                continue;
            }

            if (j < goneCount && goneEdges[j].Other == keep)
            {
                j++;
                continue;
            }

            if (j >= goneCount || (i < keepCount && keepEdges[i].Other < goneEdges[j].Other))
            {
                // Only the kept group links to it: its link to the kept group stays as it is.
                joined[n++] = keepEdges[i++];
                continue;
            }

            Link e = goneEdges[j++];
            int c = e.Other;
            if (i < keepCount && keepEdges[i].Other == c)
            {
                Link existing = keepEdges[i++];
                e = new Link(c, existing.Sum + e.Sum, existing.Count + e.Count, existing.Strong || e.Strong);
            }

            joined[n++] = e;
            Remove(c, gone);
            Set(c, new Link(keep, e.Sum, e.Count, e.Strong));
        }

        _edges[keep] = joined;
        _degree[keep] = n;
        _edges[gone] = null;
        _degree[gone] = 0;
        if (!_heapActive)
        {
            return;
        }

        // The absorbed group leaves the heap and the grown one is ranked anew. A neighbour's links to other groups keep their linkage,
        // so its best link changes only through its link to the grown group: it is looked for again over all its links only when its
        // best link led to one of the two joined groups, and otherwise it is the new link or the old best, whichever ranks first.
        _bestOther[gone] = -1;
        Place(gone);
        Rank(keep);
        for (int k = 0; k < n; k++)
        {
            int c = joined[k].Other;
            int best = _bestOther[c];
            if (best == keep || best == gone)
            {
                Rank(c);
                continue;
            }

            double linkage = Linkage(c, new Link(keep, joined[k].Sum, joined[k].Count, joined[k].Strong));
            if (linkage > _threshold && Before(linkage, c, keep, c))
            {
                _bestOther[c] = keep;
                _bestLinkage[c] = linkage;
                Place(c);
            }
        }
    }

    /// <summary>Where group <paramref name="g"/>'s link to <paramref name="other"/> is, or a negative number.</summary>
    private int Find(int g, int other)
    {
        int lo = 0, hi = _degree[g] - 1;
        Link[] links = _edges[g]!;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int o = links[mid].Other;
            if (o == other)
            {
                return mid;
            }

            if (o < other)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return ~lo;
    }

    /// <summary>Drops group <paramref name="g"/>'s link to <paramref name="other"/>, if any.</summary>
    private void Remove(int g, int other)
    {
        int at = Find(g, other);
        if (at >= 0)
        {
            Link[] links = _edges[g]!;
            Array.Copy(links, at + 1, links, at, _degree[g] - at - 1);
            _degree[g]--;
        }
    }

    /// <summary>Sets group <paramref name="g"/>'s link to <paramref name="link"/>'s other group, adding it in order if it has none.</summary>
    private void Set(int g, Link link)
    {
        int at = Find(g, link.Other);
        Link[] links = _edges[g]!;
        if (at >= 0)
        {
            links[at] = link;
            return;
        }

        at = ~at;
        if (_degree[g] == links.Length)
        {
            Array.Resize(ref links, Math.Max(4, links.Length * 2));
            _edges[g] = links;
        }

        Array.Copy(links, at, links, at + 1, _degree[g] - at);
        links[at] = link;
        _degree[g]++;
    }

    /// <summary>What a group knows of its pairs with another group: the other group's representative, the sum of their compared pairs'
    /// scores, how many pairs were compared, and whether any of those names the same people. 16 bytes: the count and that flag share
    /// an int.</summary>
    private readonly struct Link
    {
        private readonly int _countAndStrong;

        public Link(int other, double sum, int count, bool strong)
        {
            Other = other;
            Sum = sum;
            _countAndStrong = count | (strong ? int.MinValue : 0);
        }

        public int Other { get; }

        public double Sum { get; }

        public int Count => _countAndStrong & int.MaxValue;

        public bool Strong => _countAndStrong < 0;
    }
}
