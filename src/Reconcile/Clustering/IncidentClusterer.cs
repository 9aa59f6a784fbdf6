using Reconcile.Internal;
using Reconcile.Model;

namespace Reconcile.Clustering;

/// <summary>The default clusterer: blocking, additive pairwise evidence and average-link agglomerative clustering with cannot-link constraints.</summary>
/// <remarks>
/// <para>Mentions are first ordered by id. Blocking (<see cref="ClusteringOptions.MaxBlockSize"/>,
/// <see cref="ClusteringOptions.BlockingTermsPerMention"/>) picks the pairs worth scoring, so work grows near-linearly;
/// <see cref="ClusteringResult.CandidatePairs"/> reports how many. Each pair is scored as a sum of named log-odds weights
/// (dates, places, types, perpetrators, victims, figures, sources and the TF-IDF cosine of the mentions' sentences), and
/// groups are joined while their average pair score exceeds <see cref="ClusteringOptions.LinkThreshold"/>. Mentions of one report, or
/// with day-precise dates too far apart (unless one is the lead of a follow-up report, dated by its later news, or the groups' link is
/// above <see cref="ClusteringOptions.DayToleranceOverride"/> and names the same people, see <see cref="ClusteringOptions.StrongSharedNames"/>,
/// which never applies to two reports of their day's incident, see <see cref="ClusteringOptions.IncidentDayApartFactor"/>), are never joined;
/// a different country or province is weighted evidence, weaker for a place inferred from the rest of the report.</para>
/// <para>Thread-safe. Deterministic: the same mentions in any order give the same clusters and ids. Scoring runs in parallel, which
/// does not change results.</para>
/// </remarks>
public sealed class IncidentClusterer : IIncidentClusterer
{
    private readonly ClusteringOptions _options;
    private readonly PairScorer _scorer;

    /// <summary>Creates a clusterer.</summary>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    public IncidentClusterer(ClusteringOptions? options = null)
    {
        _options = (options ?? new ClusteringOptions()).Snapshot();
        _scorer = new PairScorer(_options);
    }

    /// <inheritdoc />
    public ClusteringResult Cluster(IReadOnlyList<ExtractionResult> extractions) => Cluster(extractions, [], []);

    /// <summary>Clusters mentions of which some groups are already known to be one incident each (the incidents of a store), so
    /// that new mentions join them or link them through the same blocking, scoring and average-link clustering as a whole run.</summary>
    /// <remarks>Each group in <paramref name="joined"/> starts as one cluster, whatever its members' scores or constraints; the
    /// clustering then goes on from there, so a group is never split, and two groups are joined only when the evidence between them
    /// is strong enough. Mentions in no group start alone, as in <see cref="Cluster(IReadOnlyList{ExtractionResult})"/>.
    /// The <paramref name="background"/> mentions count only for the statistics a whole run takes from its input (how rare a word
    /// or a name is, an outlet's boilerplate): they are never paired, and are in no cluster of the result.</remarks>
    /// <param name="extractions">The mentions to cluster, stored and new.</param>
    /// <param name="joined">Groups of mention ids, each one incident already; every id must be a mention of
    /// <paramref name="extractions"/>, and in one group at most.</param>
    /// <param name="background">Other reports' mentions, for the statistics only (for example the store's latest reports); none
    /// of their reports may be in <paramref name="extractions"/>.</param>
    /// <returns>The clusters of <paramref name="extractions"/>' mentions, with ids from their members as in a whole run.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A group names a mention not in <paramref name="extractions"/>, or one already in another group.</exception>
    public ClusteringResult Cluster(IReadOnlyList<ExtractionResult> extractions, IReadOnlyList<IReadOnlyList<string>> joined, IReadOnlyList<ExtractionResult> background) =>
        Cluster(extractions, joined, background, null, null, null, null, null);

    /// <summary>As <see cref="Cluster(IReadOnlyList{ExtractionResult}, IReadOnlyList{IReadOnlyList{string}}, IReadOnlyList{ExtractionResult})"/>,
    /// with how rare each word and name is (the TF-IDF weights, the words too common to block on, the rare names) taken from the corpus the
    /// input is part of (a store's) with the input's uncounted reports added, as a whole run over the corpus and those reports would see them.</summary>
    /// <param name="extractions">The mentions to cluster, stored and new.</param>
    /// <param name="joined">Groups of mention ids, each one incident already.</param>
    /// <param name="background">Other reports' mentions, for the statistics the corpus does not give (an outlet's boilerplate).</param>
    /// <param name="corpus">The corpus's counts, the reports it has counted named by <see cref="CorpusStatistics.Counted"/>;
    /// <see langword="null"/>: the input's statistics, as the public overload.</param>
    /// <param name="added">Receives what the input's uncounted reports add to the corpus's counts (with <paramref name="corpus"/>).</param>
    /// <param name="statisticsOnly">Mentions of <paramref name="extractions"/> that, like the background, are never paired and are in no
    /// cluster of the result: a stored report's mentions of incidents outside the batch's candidates, given so that the report reads as
    /// in a whole run (its lead's text leaves out its other mentions' sentences).</param>
    /// <returns>The clusters of <paramref name="extractions"/>' other mentions.</returns>
    internal ClusteringResult Cluster(IReadOnlyList<ExtractionResult> extractions, IReadOnlyList<IReadOnlyList<string>> joined, IReadOnlyList<ExtractionResult> background,
        CorpusStatistics? corpus, CorpusCounts? added, IReadOnlySet<string> statisticsOnly) =>
        Cluster(extractions, joined, background, null, null, corpus, added, statisticsOnly);

    /// <summary>Clusters extractions whose reports' texts may be gone: what clustering reads from each text was taken into
    /// <paramref name="digests"/> (<see cref="ReportDigest.Of"/>, with <paramref name="terms"/>) while it was there.</summary>
    /// <param name="extractions">The mentions to cluster.</param>
    /// <param name="digests">The digest of each extraction's report and mentions, parallel to <paramref name="extractions"/>.</param>
    /// <param name="terms">The table that numbered the digests' words.</param>
    /// <returns>The clusters, as <see cref="Cluster(IReadOnlyList{ExtractionResult})"/> gives them for the same extractions with their texts.</returns>
    /// <remarks>The caller gives the digests up: the array's entries are cleared once the mentions are profiled, so that each digest goes
    /// as soon as clustering has read it.</remarks>
    internal ClusteringResult Cluster(IReadOnlyList<ExtractionResult> extractions, ReportDigest?[] digests, TermTable terms) =>
        Cluster(extractions, [], [], digests, terms, null, null, null);

    private ClusteringResult Cluster(IReadOnlyList<ExtractionResult> extractions, IReadOnlyList<IReadOnlyList<string>> joined, IReadOnlyList<ExtractionResult> background,
        ReportDigest?[]? digests, TermTable? terms, CorpusStatistics? corpus, CorpusCounts? added, IReadOnlySet<string>? statisticsOnly)
    {
        ArgumentNullException.ThrowIfNull(extractions);
        ArgumentNullException.ThrowIfNull(joined);
        ArgumentNullException.ThrowIfNull(background);
        MentionProfile[] profiles = digests is not null && terms is not null && background.Count == 0
            ? Profile(extractions, digests, terms)
            : Profile(background.Count == 0 ? extractions : [.. extractions, .. background]);
        if (digests is not null)
        {
            Array.Clear(digests);
        }

        bool[]? isBackground = null;
        if (background.Count > 0 || statisticsOnly is { Count: > 0 })
        {
            var backgroundReports = new HashSet<Report>(background.Select(e => e.Report), ReferenceEqualityComparer.Instance);
            isBackground = [.. profiles.Select(p => backgroundReports.Contains(p.Mention.Report) || (statisticsOnly?.Contains(p.Id) ?? false))];
        }

        int[][] seeds = Seeds(profiles, joined);
        bool[]? counted = corpus is null ? null : [.. profiles.Select(p => corpus.Counted.Contains(p.Mention.Report.Id))];
        int[] docFreq = LexicalIndex.Build(profiles, corpus, counted, added);
        NameIndex.Build(profiles, corpus, counted, added);
        foreach (MentionProfile p in profiles)
        {
            // The vectors and name pairs are built: scoring and explaining read nothing else of the texts.
            p.ReleaseDigest();
        }

        CandidateComponents components = ScoreAndSplit(profiles, docFreq, seeds, isBackground, out long candidatePairs);

        // Each component is clustered, explained and let go on its own (see CandidateComponents); each cluster is kept at its smallest
        // member's index, so that they come out in the order one run over all pairs gives them.
        var byFirst = new IncidentCluster?[profiles.Length];
        var local = new int[profiles.Length];
        int[][]?[] componentSeeds = SeedsByComponent(components, seeds, profiles.Length);
        Parallel.For(0, components.Count, c => ClusterComponent(profiles, components, c, componentSeeds[c], isBackground, local, byFirst));

        var clusters = new List<IncidentCluster>(components.Count);
        foreach (IncidentCluster? cluster in byFirst)
        {
            if (cluster is not null)
            {
                clusters.Add(cluster);
            }
        }

        IncidentCluster[] result = [.. clusters];
        Array.Sort(result, static (x, y) => string.CompareOrdinal(x.Id, y.Id));
        return new ClusteringResult { Clusters = result, CandidatePairs = candidatePairs };
    }

    /// <summary>Blocks and scores the candidate pairs (in parallel) and cuts them into components; the arrays of all pairs are let go on return.</summary>
    private CandidateComponents ScoreAndSplit(MentionProfile[] profiles, int[] docFreq, int[][] seeds, bool[]? isBackground, out long candidatePairs)
    {
        // Background mentions join no block (statistics only), so no pair of theirs is built and then dropped.
        long[] pairs = CandidateBlocker.Pairs(profiles, docFreq, _options, isBackground);
        candidatePairs = pairs.LongLength;

        var scores = new float[pairs.Length];
        var strong = new bool[pairs.Length];
        Parallel.For(0, (pairs.Length + 4095) / 4096, chunk =>
        {
            int end = Math.Min(pairs.Length, (chunk + 1) * 4096);
            for (int k = chunk * 4096; k < end; k++)
            {
                MentionProfile a = profiles[(int)(pairs[k] >> 32)], b = profiles[(int)(pairs[k] & 0xFFFFFFFF)];
                scores[k] = (float)_scorer.Score(a, b);
                strong[k] = SamePeople(a, b);
            }
        });

        // Two mentions of one report are never in one group (AverageLinkClustering's cannot-links; groups' report sets only grow). Nor are two
        // whose places name different countries outright, while no seed joins groups unchecked: a group's country is then its members'.
        bool countries = _options.CountryCannotLink && seeds.Length == 0;
        bool Apart(int a, int b) => profiles[a].ReportIndex == profiles[b].ReportIndex
            || (countries && profiles[a].CountryCode is { } ca && profiles[b].CountryCode is { } cb && !string.Equals(ca, cb, StringComparison.Ordinal));

        return CandidateComponents.Split(profiles.Length, pairs, scores, strong, seeds, _options.MissingPairScore, _options.LinkThreshold, Apart);
    }

    /// <summary>The seeds of each component (every seed is inside one), in the seeds' order; <see langword="null"/> for a component with none.</summary>
    private static int[][]?[] SeedsByComponent(CandidateComponents components, int[][] seeds, int count)
    {
        var result = new int[][]?[components.Count];
        if (seeds.Length == 0)
        {
            return result;
        }

        var component = new int[count];
        for (int c = 0; c < components.Count; c++)
        {
            foreach (int m in components.Members(c))
            {
                component[m] = c;
            }
        }

        var lists = new Dictionary<int, List<int[]>>();
        foreach (int[] seed in seeds)
        {
            if (seed.Length == 0)
            {
                continue;
            }

            int c = component[seed[0]];
            if (!lists.TryGetValue(c, out List<int[]>? list))
            {
                lists[c] = list = [];
            }

            list.Add(seed);
        }

        foreach (KeyValuePair<int, List<int[]>> entry in lists)
        {
            result[entry.Key] = [.. entry.Value];
        }

        return result;
    }

    /// <summary>Clusters one component and explains its clusters, each stored at its smallest member's index in <paramref name="byFirst"/>;
    /// then lets go of the component's profiles. Components share no mention, so they may run in parallel.</summary>
    /// <param name="profiles">All profiles (the component's are cleared when it is done).</param>
    /// <param name="components">The components.</param>
    /// <param name="c">The component.</param>
    /// <param name="seeds">The component's seeds in global indices, or <see langword="null"/>.</param>
    /// <param name="isBackground">Which mentions are statistics only, or <see langword="null"/>.</param>
    /// <param name="local">Scratch shared by all components: each mention's index inside its component.</param>
    /// <param name="byFirst">Where the clusters go.</param>
    private void ClusterComponent(MentionProfile?[] profiles, CandidateComponents components, int c, int[][]? seeds, bool[]? isBackground, int[] local,
        IncidentCluster?[] byFirst)
    {
        ReadOnlySpan<int> members = components.Members(c);
        var own = new MentionProfile[members.Length];
        for (int i = 0; i < members.Length; i++)
        {
            own[i] = profiles[members[i]]!;
            local[members[i]] = i;
        }

        // Global indices map to local ones in the same order, so keys stay sorted and ties are broken as in one run over all pairs.
        ReadOnlySpan<CandidateComponents.Edge> edges = components.Edges(c);
        int[] label;
        if (members.Length == 1)
        {
            label = [0];
        }
        else
        {
            var pairs = new long[edges.Length];
            var scores = new float[edges.Length];
            var strong = new bool[edges.Length];
            for (int k = 0; k < edges.Length; k++)
            {
                pairs[k] = CandidateBlocker.Key(local[edges[k].A], local[edges[k].B]);
                scores[k] = edges[k].Score;
                strong[k] = edges[k].Strong;
            }

            int[][]? ownSeeds = seeds is null ? null : [.. seeds.Select(s => s.Select(m => local[m]).ToArray())];
            label = new AverageLinkClustering(own, _options.MissingPairScore, _options.LinkThreshold, _options.DayToleranceDays, _options.CountryCannotLink,
                _options.DayToleranceOverride)
                .Run(pairs, scores, strong, ownSeeds);
        }

        foreach ((int first, IncidentCluster cluster) in Build(own, label, edges, local, isBackground))
        {
            byFirst[members[first]] = cluster;
        }

        foreach (int m in members)
        {
            profiles[m] = null;
        }
    }

    /// <summary>The keys under which a store indexes a mention, to find the stored incidents a new mention may belong to without reading
    /// the whole store: the same place blocks as a whole run (the town, and the first-level division by fortnight; a dated mention's
    /// town also by fortnight) and the pairs of capitalised words its text names (a victim's, a street's name), which stand in for the
    /// whole run's distinctive-word blocks. They depend on the mention alone, never on the rest of the input.</summary>
    /// <param name="mention">The mention.</param>
    /// <returns>The distinct keys, sorted ordinally.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mention"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<string> IndexKeys(IncidentMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        var profile = new MentionProfile(0, 0, mention);
        bool dated = profile.DayLow is { } lo && profile.DayHigh is { } hi && hi - lo <= 31;
        int first = profile.DayLow ?? 0;
        string[] grids = dated ? ["a" + Math.Floor(first / 14.0).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "b" + Math.Floor((first + 7) / 14.0).ToString(System.Globalization.CultureInfo.InvariantCulture)] : [];
        if (mention.Place is { } place)
        {
            if (place.Kind == PlaceKind.Locality)
            {
                string town = "town|" + place.CountryCode + "|" + place.Admin1 + "|" + place.Name.ToLowerInvariant() + "|";
                if (grids.Length == 0)
                {
                    keys.Add(town + "?");
                }

                foreach (string g in grids)
                {
                    keys.Add(town + g);
                }
            }

            if (place.Admin1 is not null)
            {
                foreach (string g in grids)
                {
                    keys.Add("adm|" + place.CountryCode + "|" + place.Admin1 + "|" + g);
                }
            }
        }

        var names = new SortedSet<string>(StringComparer.Ordinal);
        string text = mention.Report.Text ?? string.Empty;
        if (mention.IsLead)
        {
            NameIndex.Collect(text, names);
            NameIndex.Collect(mention.Report.Title, names);
        }
        else
        {
            foreach (TextSpan s in mention.Sentences)
            {
                if (s.Start >= 0 && s.End <= text.Length && s.Start <= s.End)
                {
                    NameIndex.Collect(text.AsSpan(s.Start, s.Length), names);
                }
            }
        }

        foreach (string n in names)
        {
            keys.Add("name|" + n);
        }

        return [.. keys];
    }

    /// <summary>The member indices of each joined group, sorted; validated.</summary>
    private static int[][] Seeds(MentionProfile[] profiles, IReadOnlyList<IReadOnlyList<string>> joined)
    {
        if (joined.Count == 0)
        {
            return [];
        }

        var index = new Dictionary<string, int>(profiles.Length, StringComparer.Ordinal);
        foreach (MentionProfile p in profiles)
        {
            index.TryAdd(p.Id, p.Index);
        }

        var used = new HashSet<int>();
        var seeds = new List<int[]>(joined.Count);
        foreach (IReadOnlyList<string> group in joined)
        {
            ArgumentNullException.ThrowIfNull(group, nameof(joined));
            var members = new int[group.Count];
            for (int i = 0; i < members.Length; i++)
            {
                if (group[i] is null || !index.TryGetValue(group[i], out members[i]) || !used.Add(members[i]))
                {
                    throw new ArgumentException(ErrorMessages.BadJoinedGroup(group[i]), nameof(joined));
                }
            }

            Array.Sort(members);
            seeds.Add(members);
        }

        return [.. seeds];
    }

    /// <summary>Whether the two mentions name the same people surely enough for <see cref="ClusteringOptions.DayToleranceOverride"/>:
    /// <see cref="ClusteringOptions.StrongSharedNames"/> rare names in common, or <see cref="ClusteringOptions.StrongSharedNamesWithAge"/>
    /// of them and a person's age. Never for two reports of their day's incident whose days are further apart than
    /// <see cref="ClusteringOptions.DayToleranceDays"/> (<see cref="PairScorer.IncidentDays"/>): their dates are certain.</summary>
    private bool SamePeople(MentionProfile a, MentionProfile b)
    {
        if (PairScorer.IncidentDays(a, b) && Math.Abs(a.DayLow!.Value - b.DayLow!.Value) > _options.DayToleranceDays)
        {
            // Two reports of their day's incident, each dated by it, days apart: two incidents, whoever they name (a certain field).
            return false;
        }

        int shared = NameIndex.Shared(a.IdentityNames, b.IdentityNames);
        return shared >= _options.StrongSharedNames
            || (_options.StrongSharedNamesWithAge > 0 && shared >= _options.StrongSharedNamesWithAge && !a.Ages.Intersect(b.Ages).IsEmpty);
    }

    /// <summary>Profiles every mention, ordered by mention id (ties by report id and ordinal), with reports numbered by id.</summary>
    internal static MentionProfile[] Profile(IReadOnlyList<ExtractionResult> extractions) => Profile(extractions, null, null);

    /// <summary>As <see cref="Profile(IReadOnlyList{ExtractionResult})"/>, from digests (parallel to the extractions) when given.</summary>
    private static MentionProfile[] Profile(IReadOnlyList<ExtractionResult> extractions, ReportDigest?[]? digests, TermTable? terms)
    {
        var entries = new List<(IncidentMention Mention, ReportDigest? Report, MentionDigest? Digest)>();
        for (int e = 0; e < extractions.Count; e++)
        {
            ArgumentNullException.ThrowIfNull(extractions[e]);
            IReadOnlyList<IncidentMention> list = extractions[e].Mentions;
            for (int m = 0; m < list.Count; m++)
            {
                entries.Add((list[m], digests?[e], digests?[e]?.Mentions[m]));
            }
        }

        entries.Sort(static (a, b) =>
        {
            IncidentMention x = a.Mention, y = b.Mention;
            int c = string.CompareOrdinal(x.Id, y.Id);
            if (c == 0)
            {
                c = string.CompareOrdinal(x.Report.Id, y.Report.Id);
            }

            return c != 0 ? c : x.Ordinal.CompareTo(y.Ordinal);
        });
        string[] reportIds = [.. entries.Select(m => m.Mention.Report.Id).Distinct(StringComparer.Ordinal)];
        Array.Sort(reportIds, StringComparer.Ordinal);
        var reportIndex = new Dictionary<string, int>(reportIds.Length, StringComparer.Ordinal);
        for (int i = 0; i < reportIds.Length; i++)
        {
            reportIndex[reportIds[i]] = i;
        }

        var profiles = new MentionProfile[entries.Count];
        for (int i = 0; i < profiles.Length; i++)
        {
            (IncidentMention mention, ReportDigest? report, MentionDigest? digest) = entries[i];
            int r = reportIndex[mention.Report.Id];
            profiles[i] = report is not null && digest is not null && terms is not null
                ? new MentionProfile(i, r, mention, report, digest, terms)
                : new MentionProfile(i, r, mention);
        }

        RecallDays(profiles);

        return profiles;
    }

    /// <summary>Gives each lead mention the days of its report's day-precise background mentions (<see cref="MentionProfile.RecalledDays"/>).</summary>
    private static void RecallDays(MentionProfile[] profiles)
    {
        var days = new Dictionary<int, SortedSet<int>>();
        foreach (MentionProfile p in profiles)
        {
            if (p.IsDayPrecise && !p.Mention.IsLead)
            {
                if (!days.TryGetValue(p.ReportIndex, out SortedSet<int>? set))
                {
                    days[p.ReportIndex] = set = [];
                }

                set.Add(p.DayLow!.Value);
            }
        }

        foreach (MentionProfile p in profiles)
        {
            if (p.Mention.IsLead && days.TryGetValue(p.ReportIndex, out SortedSet<int>? set))
            {
                p.RecalledDays = [.. set.Where(d => d != p.DayLow)];
            }
        }
    }

    /// <summary>The clusters of one component, each with the (local) index of its first member.</summary>
    /// <param name="profiles">The component's profiles, in index order.</param>
    /// <param name="label">Each profile's representative (the smallest local index of its group).</param>
    /// <param name="edges">The component's pairs, in global indices and key order.</param>
    /// <param name="local">Each global index's local one.</param>
    /// <param name="isBackground">Which global indices are statistics only, or <see langword="null"/>.</param>
    private List<(int First, IncidentCluster Cluster)> Build(MentionProfile[] profiles, int[] label, ReadOnlySpan<CandidateComponents.Edge> edges, int[] local,
        bool[]? isBackground)
    {
        // Group members by representative; representatives are smallest member indices.
        // Background mentions are never paired, so each is alone, and left out.
        var groups = new Dictionary<int, List<int>>();
        for (int i = 0; i < label.Length; i++)
        {
            if (isBackground is not null && isBackground[profiles[i].Index])
            {
                continue;
            }

            if (!groups.TryGetValue(label[i], out List<int>? list))
            {
                groups[label[i]] = list = [];
            }

            list.Add(i);
        }

        var inner = new Dictionary<int, List<(int A, int B, float Score)>>();
        foreach (CandidateComponents.Edge edge in edges)
        {
            int a = local[edge.A], b = local[edge.B];
            if (label[a] == label[b])
            {
                if (!inner.TryGetValue(label[a], out var list))
                {
                    inner[label[a]] = list = [];
                }

                list.Add((a, b, edge.Score));
            }
        }

        var clusters = new List<(int First, IncidentCluster Cluster)>(groups.Count);
        foreach (KeyValuePair<int, List<int>> g in groups)
        {
            List<int> members = g.Value;
            clusters.Add((members[0], new IncidentCluster
            {
                Id = "inc-" + StableHash.Hex(12, profiles[members[0]].Id),
                Mentions = [.. members.Select(m => profiles[m].Mention)],
                Why = Explain(profiles, members, inner.TryGetValue(g.Key, out var groupEdges) ? groupEdges : []),
            }));
        }

        return clusters;
    }

    /// <summary>Explains membership with a maximum spanning tree grown from the first member: each member's reason is the strongest
    /// link that tied it to the members before it.</summary>
    private MembershipReason[] Explain(MentionProfile[] profiles, List<int> members, List<(int A, int B, float Score)> edges)
    {
        var reasons = new MembershipReason[members.Count];
        reasons[0] = new MembershipReason { MentionId = profiles[members[0]].Id };
        if (members.Count == 1)
        {
            return reasons;
        }

        var position = new Dictionary<int, int>(members.Count);
        for (int i = 0; i < members.Count; i++)
        {
            position[members[i]] = i;
        }

        var adjacency = new List<(int Other, float Score)>[members.Count];
        for (int i = 0; i < adjacency.Length; i++)
        {
            adjacency[i] = [];
        }

        foreach ((int a, int b, float s) in edges)
        {
            adjacency[position[a]].Add((position[b], s));
            adjacency[position[b]].Add((position[a], s));
        }

        var inTree = new bool[members.Count];
        var best = new double[members.Count];
        var parent = new int[members.Count];
        Array.Fill(best, double.NegativeInfinity);
        Array.Fill(parent, -1);
        int current = 0;
        for (int step = 1; step <= members.Count; step++)
        {
            inTree[current] = true;
            foreach ((int other, float s) in adjacency[current])
            {
                if (!inTree[other] && (s > best[other] || (s == best[other] && current < parent[other])))
                {
                    best[other] = s;
                    parent[other] = current;
                }
            }

            if (step == members.Count)
            {
                break;
            }

            int next = -1;
            for (int i = 0; i < members.Count; i++)
            {
                if (!inTree[i] && (next < 0 || best[i] > best[next]))
                {
                    next = i;
                }
            }

            if (parent[next] < 0)
            {
                // Joined only through the average, never compared directly with the tree: link it to the first member.
                parent[next] = 0;
            }

            var evidence = new List<Evidence>();
            double score = _scorer.Score(profiles[members[parent[next]]], profiles[members[next]], evidence);
            evidence.Sort(static (x, y) =>
            {
                int c = Math.Abs(y.Weight).CompareTo(Math.Abs(x.Weight));
                return c != 0 ? c : string.CompareOrdinal(x.Name, y.Name);
            });
            reasons[next] = new MembershipReason
            {
                MentionId = profiles[members[next]].Id,
                LinkedTo = profiles[members[parent[next]]].Id,
                Score = Math.Round(score, 3),
                Evidence = evidence,
            };
            current = next;
        }

        return reasons;
    }
}
