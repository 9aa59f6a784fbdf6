using Reconcile.Clustering;
using static Reconcile.Tests.Clustering.ClusteringFixtures;

namespace Reconcile.Tests.Clustering;

public class CandidateComponentsTests
{
    private static MentionProfile[] Profiles(int n, Func<int, Spec>? spec = null) =>
        [.. Enumerable.Range(0, n).Select(i => new MentionProfile(i, i, Report("r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null, spec?.Invoke(i) ?? new Spec(["x"])).Mentions[0]))];

    private static CandidateComponents Split(int n, (int A, int B, float Score)[] edges, int[][]? seeds = null, double missing = -1)
    {
        int[] order = [.. Enumerable.Range(0, edges.Length).OrderBy(k => CandidateBlocker.Key(edges[k].A, edges[k].B))];
        long[] pairs = [.. order.Select(k => CandidateBlocker.Key(edges[k].A, edges[k].B))];
        float[] scores = [.. order.Select(k => edges[k].Score)];
        return CandidateComponents.Split(n, pairs, scores, new bool[pairs.Length], seeds ?? [], missing, threshold: 0);
    }

    private static string[] Parts(CandidateComponents components) =>
        [.. Enumerable.Range(0, components.Count).Select(c => string.Join(",", components.Members(c).ToArray()))];

    [Fact] // two strong pairs joined only by a pair below the threshold: no mean can ever join the two sides, so they are apart and that pair goes
    public void Split_LowPairBetweenParts_Dropped()
    {
        CandidateComponents components = Split(4, [(0, 1, 5), (2, 3, 4), (1, 2, -3)]);

        Parts(components).Should().Equal("0,1", "2,3");
        components.EdgeCount.Should().Be(2);
        components.Edges(1).ToArray().Should().Equal(new CandidateComponents.Edge(2, 3, 4, false));
    }

    [Fact] // a negative pair inside a component stays: it counts in the linkage of its groups (a chain with a vetoed end)
    public void Split_LowPairInsideComponent_Kept()
    {
        CandidateComponents components = Split(3, [(0, 1, 5), (1, 2, 4), (0, 2, -12)]);

        Parts(components).Should().Equal("0,1,2");
        components.Edges(0).ToArray().Select(e => (e.A, e.B, e.Score)).Should().Equal((0, 1, 5f), (0, 2, -12f), (1, 2, 4f));
    }

    [Theory]
    [InlineData(0.5f, 1)] // above the threshold: may be joined
    [InlineData(-0.0005f, 1)] // within the margin below it: kept together, so that a rounded mean can never join across the cut
    [InlineData(-0.5f, 2)] // clearly below: never joined, whatever else happens
    public void Split_PairNearThreshold_JoinsOnlyAboveTheCut(float score, int expected)
    {
        Split(2, [(0, 1, score)]).Count.Should().Be(expected);
    }

    [Fact] // a missing score above the threshold lets a mean exceed it along a negative pair, so every pair joins components
    public void Split_MissingScoreAboveThreshold_JoinsAlongEveryPair()
    {
        Parts(Split(3, [(0, 1, -3)], missing: 0.5)).Should().Equal("0,1", "2");
    }

    [Fact] // a seed (a stored incident) is one group from the start, so its members share a component without any pair
    public void Split_Seed_JoinsItsMembers()
    {
        Parts(Split(4, [(1, 2, 5)], seeds: [[0, 3]])).Should().Equal("0,3", "1,2");
    }

    [Fact] // a strong pair of two mentions that can never share a group (one report) cannot be what joins two groups, so it joins nothing
    public void Split_PairNeverInOneGroup_JoinsNothing()
    {
        long[] pairs = [CandidateBlocker.Key(0, 1), CandidateBlocker.Key(0, 2), CandidateBlocker.Key(1, 2)];
        CandidateComponents components = CandidateComponents.Split(3, pairs, [9, 9, -2], new bool[3], [], missingScore: -1, threshold: 0,
            apart: (a, b) => a + b == 1);

        Parts(components).Should().Equal("0,2", "1");
        components.EdgeCount.Should().Be(1);
        Parts(CandidateComponents.Split(3, pairs, [9, -1, 9], new bool[3], [], missingScore: -1, threshold: 0, apart: (a, b) => a + b == 3))
            .Should().Equal("0,1", "2");
    }

    [Fact] // mentions in no pair are components of their own, numbered by their smallest member, members in index order
    public void Split_Components_OrderedBySmallestMember()
    {
        Parts(Split(6, [(4, 5, 1), (1, 4, 2), (0, 3, 1)])).Should().Equal("0,3", "1,4,5", "2");
    }

    [Theory]
    [InlineData(1, -1.0)] // the defaults: only pairs above the threshold join components
    [InlineData(2, -1.0)] // another random draw
    [InlineData(3, 0.25)] // a missing score above the threshold: components over every pair
    public void Split_ClusteringEachComponent_SameAsOneRun(int seed, double missing)
    {
        var random = new Random(seed);
        for (int round = 0; round < 40; round++)
        {
            int n = random.Next(5, 40);
            // Some dates and provinces of two countries, so that cannot-links (dates too far apart, other countries) shape the groups too;
            // some mentions share a report.
            MentionProfile[] profiles = [.. Enumerable.Range(0, n).Select(i => new MentionProfile(i, random.Next(0, n),
                Report("r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
                    new Spec(["x"])
                    {
                        Date = random.Next(3) == 0 ? Day(2020, 1, 1 + random.Next(20)) : default,
                        Place = random.Next(4) switch { 0 => Province("Aleppo"), 1 => Province("Nineveh", "IQ", "Iraq"), _ => null },
                    }).Mentions[0]))];
            var edges = new Dictionary<long, (float Score, bool Strong)>();
            for (int e = 0; e < n * 3; e++)
            {
                int a = random.Next(n), b = random.Next(n);
                if (a != b)
                {
                    // Scores on a coarse grid, so that ties (broken by index) happen.
                    edges[CandidateBlocker.Key(a, b)] = (random.Next(-8, 9) / 2f, random.Next(4) == 0);
                }
            }

            long[] pairs = [.. edges.Keys.Order()];
            float[] scores = [.. pairs.Select(k => edges[k].Score)];
            bool[] strong = [.. pairs.Select(k => edges[k].Strong)];
            int[] whole = new AverageLinkClustering(profiles, missing, threshold: 0, dayTolerance: 3, dateOverride: 2).Run(pairs, scores, strong);

            CandidateComponents components = CandidateComponents.Split(n, pairs, scores, strong, [], missing, threshold: 0,
                apart: (a, b) => profiles[a].ReportIndex == profiles[b].ReportIndex
                    || (profiles[a].CountryCode is { } ca && profiles[b].CountryCode is { } cb && ca != cb));
            int[] parts = new int[n];
            for (int c = 0; c < components.Count; c++)
            {
                int[] members = components.Members(c).ToArray();
                CandidateComponents.Edge[] own = components.Edges(c).ToArray();
                int Local(int m) => Array.BinarySearch(members, m);
                int[] label = new AverageLinkClustering([.. members.Select(m => profiles[m])], missing, threshold: 0, dayTolerance: 3, dateOverride: 2)
                    .Run([.. own.Select(e => CandidateBlocker.Key(Local(e.A), Local(e.B)))], [.. own.Select(e => e.Score)], [.. own.Select(e => e.Strong)]);
                for (int i = 0; i < members.Length; i++)
                {
                    parts[members[i]] = members[label[i]];
                }
            }

            parts.Should().Equal(whole, "round {0} of seed {1}", round, seed);
        }
    }
}
