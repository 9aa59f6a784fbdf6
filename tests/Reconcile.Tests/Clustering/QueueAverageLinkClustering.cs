using Reconcile.Clustering;

namespace Reconcile.Tests.Clustering;

/// <summary>The reference for <see cref="AverageLinkClustering"/>'s tests: the same clustering as it was built before session 13, with a priority
/// queue that holds every pair above the threshold (and every pair re-ranked at each join) at once. The library's class keeps only each
/// group's best link in its heap; the randomised tests check that both make the same joins, ties included.</summary>
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
internal sealed class QueueAverageLinkClustering
{
    private readonly IReadOnlyList<MentionProfile> _profiles;
    private readonly double _missing;
    private readonly double _threshold;
    private readonly bool _countryCannotLink;
    private readonly double _dateOverride;

    // Per group, indexed by its representative (smallest member index); null once absorbed.
    private readonly List<int>?[] _members;
    // Per group, its links to other groups sorted by the other group's representative (the first _degree[g] entries are used): a flat
    // array per group rather than a hash map, about 24 bytes a link.
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
    private readonly int[] _version;

    // Whether each group holds only lead mentions (true for a lead's singleton), and whether the run is in its leads-only phase.
    private readonly bool[] _leadGroup;
    private bool _leadsOnly;

    /// <param name="profiles">The mentions, in index order.</param>
    /// <param name="missingScore">The score of a pair blocking never compared.</param>
    /// <param name="threshold">The linkage two groups must exceed to be joined.</param>
    /// <param name="dayTolerance">The most days day-precise dates of one group may be apart.</param>
    /// <param name="countryCannotLink">Whether groups placed in different countries may never be joined.</param>
    /// <param name="dateOverride">The linkage above which two groups are joined even when their day-precise dates are too far apart.</param>
    public QueueAverageLinkClustering(IReadOnlyList<MentionProfile> profiles, double missingScore, double threshold, int dayTolerance, bool countryCannotLink = true,
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
        _version = new int[n];
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
            int isStrong = strong is not null && strong[k] ? 1 : 0;
            _edges[a]![_degree[a]++] = new Link(b, scores[k], 1, isStrong);
            _edges[b]![_degree[b]++] = new Link(a, scores[k], 1, isStrong);
        }

        // A seed's leads are joined before phase 1 and the rest of it before phase 2, as a whole run would have joined them: so a stored
        // incident that holds a background mention still takes part in phase 1 through its leads.
        seeds ??= [];
        var ignored = new PriorityQueue<(int, int, int, int), (double, int, int)>();
        foreach (int[] group in seeds)
        {
            int[] leads = [.. group.Where(m => _profiles[m].Mention.IsLead)];
            for (int i = 1; i < leads.Length; i++)
            {
                Merge(leads[0], leads[i], ignored);
            }
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

        // Phase 2: everything, from the groups phase 1 left, with each seed whole.
        _leadsOnly = false;
        queue.Clear();
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
                        Merge(head, r, ignored);
                        head = Math.Min(head, r);
                    }
                }
            }
        }

        Agglomerate(queue);

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

    private void Agglomerate(PriorityQueue<(int A, int B, int VersionA, int VersionB), (double Linkage, int A, int B)> queue)
    {
        for (int a = 0; a < _edges.Length; a++)
        {
            if (_edges[a] is not { } edges)
            {
                continue;
            }

            // In neighbour order (the links' order).
            for (int i = 0; i < _degree[a]; i++)
            {
                if (a < edges[i].Other)
                {
                    Push(queue, a, edges[i].Other, edges[i]);
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

            int at = Find(item.A, item.B);
            bool strong = at >= 0 && _edges[item.A]![at].Strong > 0;
            if (CannotLink(item.A, item.B, strong ? priority.Linkage : double.NegativeInfinity))
            {
                // Groups only grow, so a violated constraint stays violated: drop the edge for good.
                Remove(item.A, item.B);
                Remove(item.B, item.A);
                continue;
            }

            Merge(item.A, item.B, queue);
        }
    }

    private void Push(PriorityQueue<(int, int, int, int), (double, int, int)> queue, int a, int b, Link edge)
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

    private void Merge(int a, int b, PriorityQueue<(int, int, int, int), (double, int, int)> queue)
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
                e = new Link(c, existing.Sum + e.Sum, existing.Count + e.Count, existing.Strong + e.Strong);
            }

            joined[n++] = e;
            Remove(c, gone);
            Set(c, new Link(keep, e.Sum, e.Count, e.Strong));
        }

        _edges[keep] = joined;
        _degree[keep] = n;
        _edges[gone] = null;
        _degree[gone] = 0;
        _version[keep]++;
        _version[gone]++;

        // Re-rank every edge of the grown group, in neighbour order (the links' order).
        for (int k = 0; k < n; k++)
        {
            Push(queue, keep, joined[k].Other, joined[k]);
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
    /// scores, how many pairs were compared, and how many of those name the same people.</summary>
    private readonly record struct Link(int Other, double Sum, int Count, int Strong);
}
