using Reconcile.Clustering;
using Reconcile.Model;
using static Reconcile.Tests.Clustering.ClusteringFixtures;

namespace Reconcile.Tests.Clustering;

public class AverageLinkClusteringTests
{
    /// <summary>Profiles of n one-mention reports with no fields, so that only the given scores and constraints matter.</summary>
    private static MentionProfile[] Profiles(int n, Func<int, Spec>? spec = null) =>
        [.. Enumerable.Range(0, n).Select(i => new MentionProfile(i, i, Report("r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null, spec?.Invoke(i) ?? new Spec(["x"])).Mentions[0]))];

    private static int[] Run(MentionProfile[] profiles, params (int A, int B, float Score)[] edges)
    {
        long[] pairs = [.. edges.Select(e => CandidateBlocker.Key(e.A, e.B))];
        float[] scores = [.. edges.Select(e => e.Score)];
        Array.Sort(pairs, scores);
        return new AverageLinkClustering(profiles, missingScore: -1, threshold: 0, dayTolerance: 1).Run(pairs, scores);
    }

    [Fact] // a chain a-b-c with a strongly negative a-c stays split, where connected components would join all three
    public void Run_ChainWithNegativeEnds_NotJoined()
    {
        int[] label = Run(Profiles(3), (0, 1, 5), (1, 2, 4), (0, 2, -12));

        label.Distinct().Should().HaveCount(2);
        label[0].Should().Be(label[1]);
    }

    [Fact] // a chain whose ends were never compared joins when the average stays positive: missing pairs are "unknown", not a veto
    public void Run_ChainWithUnknownEnds_Joined()
    {
        int[] label = Run(Profiles(3), (0, 1, 5), (1, 2, 4));

        label.Distinct().Should().ContainSingle();
    }

    [Fact] // the best pair joins first, and a group joins the best-linked group on average
    public void Run_AverageLinkage_PicksBestGroup()
    {
        // 0-1 strong; 2 likes 0 a little but dislikes 1; 3 likes 2.
        int[] label = Run(Profiles(4), (0, 1, 8), (0, 2, 1), (1, 2, -3), (2, 3, 6));

        label[0].Should().Be(label[1]);
        label[2].Should().Be(label[3]);
        label[0].Should().NotBe(label[2]);
    }

    [Fact] // representatives are the smallest member index
    public void Run_Labels_AreSmallestMember()
    {
        int[] label = Run(Profiles(3), (1, 2, 5));

        label.Should().Equal(0, 1, 1);
    }

    [Fact] // a day-precise cannot-link holds for groups: the undated mention joins one side only
    public void Run_CannotLink_HoldsForGroups()
    {
        MentionProfile[] profiles = Profiles(3, i => new Spec(["x"]) { Date = i == 0 ? Day(2020, 1, 1) : i == 1 ? Day(2020, 1, 9) : default });

        int[] label = Run(profiles, (0, 2, 6), (1, 2, 5), (0, 1, 3));

        label[0].Should().NotBe(label[1]);
        label[2].Should().Be(label[0]);
    }

    [Fact] // a follow-up lead dated 1 January that recalls 9 January may join either day, but one group still cannot hold both days
    public void Run_RecalledDay_WidensLeadsCandidatesButNotTheGroup()
    {
        ExtractionResult followUp = Report("a", null, new Spec(["x"]) { Date = Day(2020, 1, 1) }, new Spec(["y"]) { Date = Day(2020, 1, 9) });
        ExtractionResult early = Report("b", null, new Spec(["x"]) { Date = Day(2020, 1, 1) });
        ExtractionResult late = Report("c", null, new Spec(["x"]) { Date = Day(2020, 1, 9) });
        MentionProfile[] profiles = [new(0, 0, followUp.Mentions[0]), new(1, 1, early.Mentions[0]), new(2, 2, late.Mentions[0])];
        profiles[0].RecalledDays = [profiles[2].DayLow!.Value];

        int[] label = Run(profiles, (0, 2, 6), (0, 1, 5), (1, 2, 5));

        label[0].Should().Be(label[2]);
        label[1].Should().NotBe(label[0]);
    }

    [Fact] // a background mention that extraction split off its report's lead must not take the lead's place: leads join first
    public void Run_BackgroundMention_DoesNotKeepLeadOut()
    {
        // Report A has a lead (0) and a background mention (1) of the same shooting; report B's lead (2) describes it too.
        // The background mention scores higher with 2 than A's lead does, which alone would put 1 with 2 and, through the
        // same-report constraint, keep 0 out.
        ExtractionResult a = Report("a", null, new Spec(["x"]), new Spec(["x"]));
        ExtractionResult b = Report("b", null, new Spec(["x"]));
        MentionProfile[] profiles = [new(0, 0, a.Mentions[0]), new(1, 0, a.Mentions[1]), new(2, 1, b.Mentions[0])];

        int[] label = Run(profiles, (0, 2, 4), (1, 2, 9));

        label[0].Should().Be(label[2]);
        label[1].Should().NotBe(label[0]);
    }

    [Fact] // once leads are grouped, a background mention still joins the lead group it fits (the July report's "last month" mention)
    public void Run_BackgroundMention_JoinsOtherReportsLead()
    {
        ExtractionResult a = Report("a", null, new Spec(["x"]), new Spec(["y"]));
        ExtractionResult b = Report("b", null, new Spec(["y"]));
        MentionProfile[] profiles = [new(0, 0, a.Mentions[0]), new(1, 0, a.Mentions[1]), new(2, 1, b.Mentions[0])];

        int[] label = Run(profiles, (0, 2, -5), (1, 2, 6));

        label[1].Should().Be(label[2]);
        label[0].Should().NotBe(label[2]);
    }

    [Fact] // mentions of different countries never join, however high their score
    public void Run_DifferentCountries_NeverJoin()
    {
        MentionProfile[] profiles = Profiles(2, i => new Spec(["x"]) { Place = i == 0 ? Province("Kano", "NG", "Nigeria") : Province("Maradi", "NE", "Niger") });

        Run(profiles, (0, 1, 20)).Distinct().Should().HaveCount(2);
    }

    [Fact] // towns resolved to different countries are not sure enough to forbid a link (Vancouver, Perth and Richmond exist twice);
           // the scorer's evidence decides
    public void Run_TownsOfDifferentCountries_MayJoin()
    {
        MentionProfile[] profiles = Profiles(2, i => new Spec(["x"]) { Place = i == 0 ? Town("Perth", "Western Australia", -31.9, 115.9, "AU", "Australia") : Town("Perth", "Scotland", 56.4, -3.4, "GB", "United Kingdom") });

        Run(profiles, (0, 1, 20)).Distinct().Should().ContainSingle();
    }

    [Fact] // ties are broken by index, so equal scores give one answer whatever the edge order
    public void Run_Ties_BrokenByIndex()
    {
        int[] label = Run(Profiles(3), (0, 1, 5), (1, 2, 5), (0, 2, -20));

        label.Should().Equal(0, 0, 2);
    }

    [Theory]
    [InlineData(true, 5f, 1)] // a pair naming the same people three times over, strongly linked: joins despite dates ten days apart
    [InlineData(false, 5f, 2)] // the same score without shared names: the day tolerance holds
    [InlineData(true, 0.5f, 2)] // shared names but a weak average: the day tolerance holds
    public void Run_DatesTooFarApart_OverriddenOnlyByStrongNamedLink(bool strong, float score, int expectedGroups)
    {
        MentionProfile[] profiles = Profiles(2, i => new Spec(["x"]) { Date = i == 0 ? Day(2020, 1, 1) : Day(2020, 1, 11) });

        int[] label = new AverageLinkClustering(profiles, missingScore: -1, threshold: 0, dayTolerance: 7, countryCannotLink: false, dateOverride: 1)
            .Run([CandidateBlocker.Key(0, 1)], [score], [strong]);

        label.Distinct().Should().HaveCount(expectedGroups);
    }

    [Fact] // once joined across the tolerance, the group keeps the window of its larger dated side: a mention dated near the
           // smaller side's day no longer fits
    public void Run_DateOverride_LargerSideKeepsItsWindow()
    {
        MentionProfile[] profiles = Profiles(4, i => new Spec(["x"]) { Date = i < 2 ? Day(2020, 1, 1) : i == 2 ? Day(2020, 1, 20) : Day(2020, 1, 21) });
        (int A, int B, float Score, bool Strong)[] edges = [(0, 1, 9, false), (1, 2, 6, true), (0, 2, 6, true), (2, 3, 0.5f, false), (0, 3, 0.5f, false), (1, 3, 0.5f, false)];
        long[] pairs = [.. edges.Select(e => CandidateBlocker.Key(e.A, e.B))];
        float[] scores = [.. edges.Select(e => e.Score)];
        bool[] strong = [.. edges.Select(e => e.Strong)];
        int[] index = [.. Enumerable.Range(0, pairs.Length).OrderBy(k => pairs[k])];

        int[] label = new AverageLinkClustering(profiles, missingScore: -1, threshold: 0, dayTolerance: 7, countryCannotLink: false, dateOverride: 1)
            .Run([.. index.Select(k => pairs[k])], [.. index.Select(k => scores[k])], [.. index.Select(k => strong[k])]);

        label[2].Should().Be(label[0]);
        label[3].Should().NotBe(label[0]);
    }

    [Theory]
    [InlineData(1, -1.0)] // the defaults: an unscored pair counts as -1
    [InlineData(2, -1.0)] // another random draw
    [InlineData(3, 0.25)] // a missing score above the threshold: a mean may exceed it along negative pairs
    [InlineData(4, 0.0)] // a missing score at the threshold, so that means tie with it
    public void Run_RandomGraphs_SameJoinsAsQueueOfEveryPair(int seed, double missing)
    {
        var random = new Random(seed);
        for (int round = 0; round < 60; round++)
        {
            // Reports of one to three mentions (a lead and background mentions, so that both phases join), some dated, some placed in
            // one of two countries; scores on a coarse grid so that linkages tie and the tie-break decides.
            var profiles = new List<MentionProfile>();
            int reports = random.Next(4, 30);
            for (int r = 0; r < reports; r++)
            {
                Spec[] specs = [.. Enumerable.Range(0, random.Next(3) == 0 ? random.Next(2, 4) : 1).Select(_ => new Spec(["x"])
                {
                    Date = random.Next(3) == 0 ? Day(2020, 1, 1 + random.Next(20)) : default,
                    Place = random.Next(4) switch { 0 => Province("Aleppo"), 1 => Province("Nineveh", "IQ", "Iraq"), _ => null },
                })];
                ExtractionResult report = Report("r" + r.ToString(System.Globalization.CultureInfo.InvariantCulture), null, specs);
                profiles.AddRange(report.Mentions.Select(m => new MentionProfile(profiles.Count, r, m)));
            }

            int n = profiles.Count;
            var edges = new Dictionary<long, (float Score, bool Strong)>();
            for (int e = 0; e < n * 3; e++)
            {
                int a = random.Next(n), b = random.Next(n);
                if (a != b)
                {
                    edges[CandidateBlocker.Key(a, b)] = (random.Next(-8, 9) / 2f, random.Next(4) == 0);
                }
            }

            // Sometimes stored incidents: disjoint sorted groups that start joined.
            int[] shuffled = [.. Enumerable.Range(0, n).OrderBy(_ => random.Next())];
            int[][] seeds = random.Next(3) == 0 ? [[.. shuffled.Take(3).Order()], [.. shuffled.Skip(3).Take(2).Order()]] : [];

            long[] pairs = [.. edges.Keys.Order()];
            float[] scores = [.. pairs.Select(k => edges[k].Score)];
            bool[] strong = [.. pairs.Select(k => edges[k].Strong)];
            int[] expected = new QueueAverageLinkClustering(profiles, missing, threshold: 0, dayTolerance: 3, dateOverride: 2).Run(pairs, scores, strong, seeds);

            int[] label = new AverageLinkClustering(profiles, missing, threshold: 0, dayTolerance: 3, dateOverride: 2).Run(pairs, scores, strong, seeds);

            label.Should().Equal(expected, "round {0} of seed {1}", round, seed);
        }
    }
}
